package no.samspill.impartiality;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.marketdialogue.DialogueRoutes;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate where people meet it: the gate page inside the menu, a refused tab and a steering agenda with the link
 * to the declaration; the lead's "remind those missing"; and the tenant admin's new template version.
 */
class ImpartialityScreensTest extends KaribuTest {

    @Autowired
    ImpartialityFixture fixture;
    @Autowired
    TemplateService templates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_gate_page_sits_in_the_main_layout_with_the_menu_around_it() {
        ImpartialityFixture.World w = fixture.world(true);
        loginAndOpen(ImpartialityFixture.MARIT, "reviews/" + w.documentId());
        assertThat(heading()).isEqualTo(t("impartiality.gate.title"));
        assertThat(_find(AppLayout.class)).as("the menu around the gate page").hasSize(1);
        assertThat(_get(Anchor.class, s -> s.withId("gate-link")).getHref())
                .isEqualTo(ImpartialityRoutes.declaration(w.projectId()));
    }

    @Test
    void a_refused_tab_says_why_and_links_to_the_declaration() {
        ImpartialityFixture.World w = fixture.world(true);
        loginAndOpen(TestUsers.HSO_LEAD, DialogueRoutes.dialogue(w.dialogueId()));
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedIndex(2);
        List<Anchor> links = _find(Anchor.class, s -> s.withId("gate-link"));
        assertThat(links).isNotEmpty().allSatisfy(a -> assertThat(a.getHref())
                .isEqualTo(ImpartialityRoutes.declaration(w.projectId())));
        assertThat(_find(Div.class, s -> s.withId("gate-notice"))).isNotEmpty();
    }

    @Test
    void a_steering_agenda_names_the_project_to_declare_for_and_links_to_its_declaration() {
        AtomicReference<ImpartialityFixture.Papers> made = new AtomicReference<>();
        ImpartialityFixture.World w = fixture.world(true, made::set);
        loginAndOpen(TestUsers.HSO_ADMIN, "steering/meetings/" + made.get().meetingId());
        assertThat(_find(Anchor.class, s -> s.withClasses("samspill-gate-link"))).singleElement()
                .satisfies(a -> assertThat(a.getHref()).isEqualTo(ImpartialityRoutes.declaration(w.projectId())));
        @SuppressWarnings("unchecked")
        Grid<no.samspill.steeringgroup.PaperSummary> agenda = _get(Grid.class, s -> s.withId("meeting-agenda"));
        assertThat(agenda.getListDataView().getItems().filter(no.samspill.steeringgroup.PaperSummary::gated)
                .count()).isEqualTo(1);
        // a package holds every project of the agenda: making one is refused, and the message links to the declaration
        _click(_get(Button.class, s -> s.withId("generate-package")));
        assertThat(_get(Anchor.class, s -> s.withId("error-gate-link")).getHref())
                .isEqualTo(ImpartialityRoutes.declaration(w.projectId()));
    }

    @Test
    void the_lead_reminds_those_missing_from_the_register() {
        ImpartialityFixture.World w = fixture.world(true);
        loginAndOpen(TestUsers.HSO_LEAD, ImpartialityRoutes.register(w.projectId()));
        _click(_get(Button.class, s -> s.withId("remind-missing")));
        Long reminders = jdbc.queryForObject("select count(*) from audit_entry where action = ?"
                + " and entity_id = ?", Long.class, "impartiality.reminded", String.valueOf(w.projectId()));
        assertThat(reminders).isEqualTo(1L);
    }

    @Test
    void a_tenant_admin_adapts_the_template_as_a_new_version_and_older_versions_stay_readable() {
        loginAndOpen(TestUsers.SKI_ADMIN, "impartiality/templates");
        int before = templates.versions(ImpartialityFixture.NB).getFirst().number();
        // the Danish texts, in the editor's second tab
        _get(TabSheet.class, s -> s.withId("template-editor")).setSelectedIndex(1);
        TextArea intro = _get(TextArea.class, s -> s.withId("template-da-INTRO"));
        assertThat(intro.getValue()).isNotBlank();
        // an empty part is refused on its field, and nothing is saved
        _setValue(intro, " ");
        _click(_get(Button.class, s -> s.withId("save-template")));
        confirm();
        assertThat(_get(TextArea.class, s -> s.withId("template-da-INTRO")).isInvalid()).isTrue();
        assertThat(templates.versions(ImpartialityFixture.NB).getFirst().number()).isEqualTo(before);
        _setValue(intro, "Erklæringen gælder for hele indkøbet (tilpasset).");
        _click(_get(Button.class, s -> s.withId("save-template")));
        confirm();
        List<TemplateView> all = templates.versions(java.util.Locale.of("da"));
        assertThat(all.getFirst().number()).isEqualTo(before + 1);
        assertThat(all.getFirst().text(TemplatePart.INTRO))
                .isEqualTo("Erklæringen gælder for hele indkøbet (tilpasset).");
        // the older version is still there and reads as it was
        @SuppressWarnings("unchecked")
        Grid<TemplateView> grid = _get(Grid.class, s -> s.withId("template-versions"));
        TemplateView older = grid.getListDataView().getItems().filter(v -> v.number() == before).findFirst()
                .orElseThrow();
        grid.select(older);
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                s -> s.withId("template-reading")).getElement().getTextRecursively())
                .doesNotContain("(tilpasset)");
    }

    private static void confirm() {
        ImpartialityViewsTest.confirm();
    }
}

package no.samspill.procurement;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import no.samspill.identity.Colleague;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lead_creates_a_project_and_lands_on_its_page() {
        loginAndOpen(TestUsers.HSO_LEAD, "projects");
        assertThat(heading()).isEqualTo("Anskaffelsesprosjekter");
        assertThat(_size(_get(Grid.class))).isGreaterThanOrEqualTo(3);
        _click(_get(Button.class, s -> s.withId("new-project")));
        String title = "Dialyseutstyr " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withLabel("Tittel")), title);
        _click(_get(Button.class, s -> s.withId("save-project")));
        assertThat(heading()).isEqualTo(title);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("Oversikt", "Historikk");
    }

    @Test
    void the_lead_picker_searches_the_leads_and_the_edit_form_shows_the_lead_also_one_without_the_role_now() {
        users.login(TestUsers.HSO_LEAD);
        Colleague lars = projects.leadOptions(TestUsers.HSO_LEAD, 0, 1).getFirst();
        ProjectSummary p = projects.create(new ProjectForm("E-" + UUID.randomUUID().toString().substring(0, 8),
                "Ledet prosjekt", "", Category.MTU, lars.userId(), java.util.Set.of(), null));
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + p.id());
        _click(_get(Button.class, s -> s.withId("edit-project")));
        assertThat(leadPicker().getValue()).extracting(Colleague::displayName).isEqualTo("Lars Hansen");
        ComboBoxKt.setUserInput(leadPicker(), "hansen");
        assertThat(ComboBoxKt.getSuggestionItems(leadPicker())).extracting(Colleague::email)
                .containsExactly(TestUsers.HSO_LEAD);
        ComboBoxKt.setUserInput(leadPicker(), TestUsers.HSO_MEMBER);
        assertThat(ComboBoxKt.getSuggestionItems(leadPicker())).isEmpty();

        // the lead has since lost the role (here: a member who never had it): the form shows them and keeps them
        long member = jdbc.queryForObject("select id from user_account where email = ?", Long.class,
                TestUsers.HSO_MEMBER);
        jdbc.update("update procurement_project set lead_user_id = ? where id = ?", member, p.id());
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + p.id());
        _click(_get(Button.class, s -> s.withId("edit-project")));
        assertThat(leadPicker().getValue()).extracting(Colleague::displayName).isEqualTo("Kari Nordmann");
        _click(_get(Button.class, s -> s.withId("save-project")));
        assertThat(projects.get(p.id()).leadUserId()).isEqualTo(member);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Colleague> leadPicker() {
        return _get(ComboBox.class, s -> s.withLabel("Prosjektleder"));
    }

    @Test
    void lead_moves_a_project_to_the_next_phase_from_its_page() {
        users.login(TestUsers.HSO_LEAD);
        ProjectSummary p = projects.create(new ProjectForm("V-" + UUID.randomUUID().toString().substring(0, 8),
                "Respiratorer", "", Category.MTU, null, java.util.Set.of(), null));
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + p.id());
        _click(_get(Button.class, s -> s.withId("advance-phase")));
        _click(_get(Button.class, s -> s.withId("confirm-advance")));
        assertThat(projects.get(p.id()).phase()).isEqualTo(Phase.MARKET_DIALOGUE);
        assertThat(_get(Button.class, s -> s.withId("advance-phase")).getText()).isEqualTo("Gå videre til Kravspesifikasjon");
    }

    @Test
    void member_reads_projects_without_edit_buttons() {
        loginAndOpen(TestUsers.HSO_MEMBER, "projects");
        assertThat(_find(Button.class, s -> s.withId("new-project"))).isEmpty();
        assertThat(menuLabels()).contains("Anskaffelser");
        users.login(TestUsers.HSO_MEMBER);
        long id = projects.search(new ProjectFilter("2026/0142", null, null), 0, 1).getFirst().id();
        com.vaadin.flow.component.UI.getCurrent().navigate("projects/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Insulinpumper og kontinuerlig glukosemåling (CGM)");
        assertThat(_find(Button.class, s -> s.withId("edit-project"))).isEmpty();
    }

    @Test
    void suppliers_cannot_open_projects_and_another_tenants_project_is_not_found() {
        loginAndOpen(TestUsers.MEDTRONIC_USER, "");
        assertThat(menuLabels()).doesNotContain("Anskaffelser");
        assertNavigationDenied("projects");
        users.login(TestUsers.SKI_ADMIN);
        long national = projects.search(new ProjectFilter("2026/0021", null, null), 0, 1).getFirst().id();
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + national);
        assertThat(heading()).isEqualTo("Ikke funnet");
    }

    @Test
    void the_project_forms_save_button_is_disabled_at_the_click_so_a_double_click_creates_one_project() {
        loginAndOpen(TestUsers.HSO_LEAD, "projects");
        _click(_get(Button.class, s -> s.withId("new-project")));
        assertThat(_get(Button.class, s -> s.withId("save-project")).isDisableOnClick()).isTrue();
    }
}

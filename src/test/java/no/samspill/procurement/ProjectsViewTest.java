package no.samspill.procurement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

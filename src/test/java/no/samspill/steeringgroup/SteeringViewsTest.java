package no.samspill.steeringgroup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectService;
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

class SteeringViewsTest extends KaribuTest {

    @Autowired
    SteeringGroupService groups;

    @Autowired
    SteeringMeetingService meetings;

    @Autowired
    PackageService packages;

    @Autowired
    ProjectService projects;

    @Autowired
    CasePaperService papers;

    @Test
    void the_demo_steering_group_has_a_meeting_with_two_papers_and_a_package_and_holds_its_project()
            throws Exception {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupSummary bhm = groups.groups().stream()
                .filter(g -> g.name().equals("Styringsgruppe behandlingshjelpemidler (BHM)")).findFirst().orElseThrow();
        SteeringGroupDetails d = groups.details(bhm.id());
        assertThat(d.plans()).extracting(OverseenPlan::title).containsExactly("Handlingsplan BHM");
        assertThat(d.projects()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo("2026/0021");
            assertThat(p.decisionPoints()).singleElement().satisfies(x -> assertThat(x.met()).isFalse());
        });
        MeetingSummary meeting = meetings.meetings(bhm.id()).getFirst();
        MeetingDetails m = meetings.details(meeting.id());
        assertThat(m.agenda()).extracting(PaperSummary::title).anySatisfy(t -> assertThat(t)
                .startsWith("Forslag om etablering av nasjonal porteføljestyring"));
        assertThat(m.agenda()).filteredOn(PaperSummary::exempt).hasSize(1);
        assertThat(m.packages()).isNotEmpty();
        // the package reports the live status of the project its paper concerns, action-plan items included
        try (var doc = org.apache.pdfbox.Loader.loadPDF(packages.download(m.packages().getFirst().id()))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Status for anskaffelsene", "2026/0021", "Fase: Kravspesifikasjon",
                    "Handlingsplan: 3 tiltak", "B1.1", "Beslutningspunkt – behovsanalyse", "I rute", "Forfalt");
            // the overseen action plan has its own status page, blocked items marked
            assertThat(text).contains("Handlingsplan BHM", "A3.1", "Blokkert");
        }
        // the national agreement waits for the approval of its needs analysis
        var project = projects.get(d.projects().getFirst().projectId());
        assertThat(project.phase()).isEqualTo(Phase.REQUIREMENT_SPECIFICATION);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> projects.advancePhase(project.id(),
                project.version(), "")).hasMessageContaining("steering.gate.NEEDS_ANALYSIS_APPROVAL");
        // the secretary sees the package on the dashboard
        users.login(TestUsers.HSO_LEAD, "Sykehusinnkjøp HF");
        assertThat(packages.newForMe()).extracting(NewPackage::meetingId).contains(meeting.id());
    }

    @Test
    void the_member_picker_searches_the_tenant_in_the_database_and_never_offers_oneself() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new no.samspill.platform.Mandate("", "", "", null, null, null));
        // paged in SQL: a page of one is the first of all, the next page the rest; the admin is never offered
        List<String> all = groups.memberOptions("", 0, 1000).stream().map(c -> c.email()).toList();
        assertThat(all).contains(TestUsers.HSO_LEAD).doesNotContain(TestUsers.SKI_ADMIN);
        assertThat(groups.memberOptions("", 0, 1)).extracting(c -> c.email()).containsExactly(all.getFirst());
        assertThat(groups.memberOptions("", 1, 1000)).extracting(c -> c.email())
                .containsExactlyElementsOf(all.subList(1, all.size()));
        loginAs(TestUsers.SKI_ADMIN, "steering/" + g.id());
        _click(_get(Button.class, s -> s.withId("add-steering-member")));
        @SuppressWarnings("unchecked")
        ComboBox<no.samspill.identity.Colleague> person = _get(ComboBox.class,
                s -> s.withId("steering-member-person"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(person, "innkjop@helse");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person))
                .extracting(c -> c.email()).containsExactly(TestUsers.HSO_LEAD);
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(person, "admin@sykehusinnkjop");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(person)).isEmpty();
    }

    @Test
    void the_secretary_writes_a_paper_puts_it_on_the_agenda_decides_and_generates_the_package() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new no.samspill.platform.Mandate("", "", "", null, null, null));
        long lars = groups.memberOptions().stream().filter(c -> c.email().equals(TestUsers.HSO_LEAD)).findFirst()
                .orElseThrow().userId();
        groups.addMember(g.id(), lars, SteeringRole.SECRETARY, groups.today());
        users.login(TestUsers.HSO_LEAD, "Sykehusinnkjøp HF");
        MeetingDetails m = meetings.plan(g.id(), Instant.parse("2026-11-20T09:00:00Z"), "Teams");
        loginAs(TestUsers.HSO_LEAD, "steering/" + g.id());
        assertThat(heading()).isEqualTo(g.name());
        _click(_get(Button.class, s -> s.withId("new-case-paper")));
        _setValue(_get(Checkbox.class, s -> s.withId("paper-exempt")), true);
        _setValue(_get(TextField.class, s -> s.withId("paper-title")), "Strategi for forhandlinger");
        _setValue(_get(TextArea.class, s -> s.withId("paper-proposal")), "Strategien godkjennes.");
        _click(_get(Button.class, s -> s.withId("save-paper")));
        // refused: exempt without legal basis; the dialog keeps the title
        assertThat(_get(TextField.class, s -> s.withId("paper-title")).getValue())
                .isEqualTo("Strategi for forhandlinger");
        _setValue(_get(TextField.class, s -> s.withId("paper-legal-basis")), "offentleglova § 23");
        _click(_get(Button.class, s -> s.withId("save-paper")));
        @SuppressWarnings("unchecked")
        Grid<PaperSummary> list = _get(Grid.class, s -> s.withId("case-papers"));
        assertThat(_size(list)).isEqualTo(1);

        loginAs(TestUsers.HSO_LEAD, "steering/meetings/" + m.id());
        @SuppressWarnings("unchecked")
        ComboBox<PaperSummary> paper = _get(ComboBox.class, s -> s.withId("agenda-paper"));
        // the picker is lazy: its items come from its data provider, a page for the filter typed
        @SuppressWarnings("unchecked")
        var options = (com.vaadin.flow.data.provider.DataProvider<PaperSummary, String>) paper.getDataProvider();
        paper.setValue(options.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, ""))
                .findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("add-to-agenda")));
        @SuppressWarnings("unchecked")
        Grid<PaperSummary> agenda = _get(Grid.class, s -> s.withId("meeting-agenda"));
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(agenda, 0, "decide"));
        assertThat(_get(TextArea.class, s -> s.withId("decision-conclusion")).getValue())
                .isEqualTo("1. Strategien godkjennes.");
        _setValue(_get(TextArea.class, s -> s.withId("decision-present")), "Ola Nilsen, Lars Hansen");
        _click(_get(Button.class, s -> s.withId("save-decision")));
        assertThat(meetings.details(m.id()).decisions()).singleElement()
                .satisfies(d -> assertThat(d.present()).isEqualTo("Ola Nilsen, Lars Hansen"));
        // a correction starts from what was recorded, and replaces it
        @SuppressWarnings("unchecked")
        Grid<PaperSummary> again = _get(Grid.class, s -> s.withId("meeting-agenda"));
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(again, 0, "decide"));
        assertThat(_get(TextArea.class, s -> s.withId("decision-present")).getValue())
                .isEqualTo("Ola Nilsen, Lars Hansen");
        _setValue(_get(TextArea.class, s -> s.withId("decision-conclusion")), "Strategien godkjennes med endringer.");
        _click(_get(Button.class, s -> s.withId("save-decision")));
        assertThat(meetings.details(m.id()).decisions()).singleElement().satisfies(d -> {
            assertThat(d.conclusion()).isEqualTo("Strategien godkjennes med endringer.");
            assertThat(d.present()).isEqualTo("Ola Nilsen, Lars Hansen");
        });
        _click(_get(Button.class, s -> s.withId("generate-package")));
        @SuppressWarnings("unchecked")
        Grid<PackageRow> versions = _get(Grid.class, s -> s.withId("meeting-packages"));
        assertThat(_size(versions)).isEqualTo(1);
        assertThat(_get(Paragraph.class, s -> s.withId("minutes-state")).getText()).contains("ikke godkjent");
    }

    @Test
    void other_tenants_and_suppliers_cannot_open_steering_views() {
        users.login(TestUsers.SKI_ADMIN);
        long id = groups.groups().getFirst().id();
        for (String outsider : new String[] {TestUsers.HSO_ADMIN, TestUsers.MEDTRONIC_USER}) {
            loginAs(outsider, "");
            assertNavigationDenied("steering/" + id);
        }
        assertThat(_find(Div.class, s -> s.withId("new-packages"))).isEmpty();
    }

    @Test
    void a_suppliers_admin_opening_a_steering_group_or_meeting_is_told_it_is_not_found() {
        users.login(TestUsers.SKI_ADMIN);
        // other test classes add groups without meetings: take one that has a meeting, as the demo group does
        long id = groups.groups().stream().filter(g -> !meetings.meetings(g.id()).isEmpty()).findFirst()
                .orElseThrow().id();
        long meetingId = meetings.meetings(id).getFirst().id();
        // the admin role lets the route open; the group belongs to a buyer they have no grant in (English user)
        loginAs(TestUsers.MEDTRONIC_ADMIN, "steering/" + id);
        assertThat(heading()).isEqualTo("Not found");
        com.vaadin.flow.component.UI.getCurrent().navigate("steering/meetings/" + meetingId);
        assertThat(heading()).isEqualTo("Not found");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Not found – Samspill");
    }

    @Test
    void a_group_with_more_papers_than_a_page_lists_them_lazily_newest_first_and_reads_further_pages_on_demand() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new no.samspill.platform.Mandate("", "", "", null, null, null));
        long lars = groups.memberOptions(TestUsers.HSO_LEAD, 0, 10).getFirst().userId();
        groups.addMember(g.id(), lars, SteeringRole.SECRETARY, groups.today());
        users.login(TestUsers.HSO_LEAD, "Sykehusinnkjøp HF");
        int n = SteeringRules.PAPER_PAGE + 2;
        for (int i = 1; i <= n; i++) {
            papers.create(g.id(), SteeringGroupTest.paper("Sak nummer " + i, false, ""));
        }
        loginAs(TestUsers.HSO_LEAD, "steering/" + g.id());
        @SuppressWarnings("unchecked")
        Grid<PaperSummary> list = _get(Grid.class, s -> s.withId("case-papers"));
        // too long to show whole: it scrolls, and holds every paper by its count
        assertThat(list.isAllRowsVisible()).isFalse();
        assertThat(_size(list)).isEqualTo(n);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(list, 0).title()).isEqualTo("Sak nummer " + n);
        // the last rows lie beyond the first page: the grid asks the service for them
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(list, n - 1).title()).isEqualTo("Sak nummer 1");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(list, n - 1).number()).isEqualTo("1/26");
    }

    @Test
    void a_group_with_more_meetings_than_a_page_lists_them_lazily_newest_first_and_reads_further_pages_on_demand() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new no.samspill.platform.Mandate("", "", "", null, null, null));
        int n = SteeringRules.MEETING_PAGE + 2;
        for (int i = 1; i <= n; i++) {
            meetings.plan(g.id(), Instant.parse("2026-01-05T09:00:00Z").plus(java.time.Duration.ofDays(i)),
                    "Møte " + i);
        }
        loginAs(TestUsers.SKI_ADMIN, "steering/" + g.id());
        @SuppressWarnings("unchecked")
        Grid<MeetingSummary> list = _get(Grid.class, s -> s.withId("steering-meetings"));
        assertThat(list.isAllRowsVisible()).isFalse();
        assertThat(_size(list)).isEqualTo(n);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(list, 0).place()).isEqualTo("Møte " + n);
        // beyond the first page: read from the service
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(list, n - 1).place()).isEqualTo("Møte 1");
    }

    /** Logs in acting in Sykehusinnkjøp where the user has a membership there, and opens the route. */
    private void loginAs(String email, String route) {
        if (email.equals(TestUsers.HSO_LEAD)) {
            users.login(email, "Sykehusinnkjøp HF");
        } else {
            users.login(email);
        }
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
        com.vaadin.flow.component.UI.getCurrent().navigate(route);
    }
}

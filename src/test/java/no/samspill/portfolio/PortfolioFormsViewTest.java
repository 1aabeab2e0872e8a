package no.samspill.portfolio;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import no.samspill.procurement.ProjectOption;
import no.samspill.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static no.samspill.portfolio.PortfolioFixture.form;
import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio's forms in the page: what they save, and how bad input is told at the field with nothing lost. */
class PortfolioFormsViewTest extends KaribuTest {

    @Autowired
    PortfolioFixture fixture;
    @Autowired
    BoardFixture board;
    @Autowired
    BoardReferrals referrals;
    @Autowired
    TargetPictureService targets;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    PortfolioService portfolios;

    private void asSecretary(String route) {
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(route);
    }

    @Test
    void the_office_adds_an_external_initiative_and_a_bad_date_is_told_at_the_field_with_the_rest_kept() {
        PortfolioFixture.Made p = fixture.portfolio();
        asSecretary(PortfolioRoutes.portfolio(p.portfolioId()));
        _click(_get(Button.class, s -> s.withId("new-initiative")));
        TextField name = _get(TextField.class, s -> s.withId("initiative-name"));
        _setValue(name, "Nytt nødnett");
        _setValue(_get(TextField.class, s -> s.withId("initiative-contact")), "Kari Nordmann");
        _setValue(_get(DatePicker.class, s -> s.withId("initiative-start")), LocalDate.of(2026, 3, 1));
        DatePicker end = _get(DatePicker.class, s -> s.withId("initiative-end"));
        _setValue(end, LocalDate.of(2025, 3, 1));
        _click(_get(Button.class, s -> s.withId("save-initiative")));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo(t("portfolio.error.end-before-start"));
        assertThat(name.getValue()).isEqualTo("Nytt nødnett");

        _setValue(end, LocalDate.of(2028, 12, 31));
        _click(_get(Button.class, s -> s.withId("save-initiative")));
        assertThat(heading()).isEqualTo("Nytt nødnett");
        assertThat(_get(Div.class, s -> s.withId("initiative-facts")).getElement().getTextRecursively())
                .contains("Kari Nordmann", t("portfolio.initiative.external"), PortfolioFixture.OWNER_TENANT);
    }

    @Test
    void the_office_adds_an_initiative_linked_to_a_project_picked_from_the_lazy_list() {
        PortfolioFixture.Made p = fixture.portfolio();
        asSecretary(PortfolioRoutes.portfolio(p.portfolioId()));
        ProjectOption project = initiatives.projectOptions(p.portfolioId(), "", 0, 1).getFirst();
        _click(_get(Button.class, s -> s.withId("new-initiative")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> source = _get(RadioButtonGroup.class, s -> s.withId("initiative-source"));
        _setValue(source, true);
        _setValue(_get(DatePicker.class, s -> s.withId("initiative-start")), LocalDate.of(2026, 3, 1));
        _setValue(_get(DatePicker.class, s -> s.withId("initiative-end")), LocalDate.of(2027, 3, 1));
        @SuppressWarnings("unchecked")
        ComboBox<ProjectOption> projects = _get(ComboBox.class, s -> s.withId("initiative-project"));
        _click(_get(Button.class, s -> s.withId("save-initiative")));
        assertThat(projects.getErrorMessage()).isEqualTo(t("portfolio.error.project-missing"));
        _setValue(projects, project);
        _click(_get(Button.class, s -> s.withId("save-initiative")));
        assertThat(heading()).isEqualTo(project.title());
        assertThat(_get(Div.class, s -> s.withId("initiative-facts")).getElement().getTextRecursively())
                .contains(t("portfolio.initiative.linked"));
    }

    @Test
    void the_secretary_drafts_adds_goals_adopts_and_reads_the_older_version_and_a_stale_copy_is_refused() {
        PortfolioFixture.Made p = fixture.portfolio();
        asSecretary(PortfolioRoutes.portfolio(p.portfolioId()));
        _get(TabSheet.class).setSelectedIndex(3);
        _click(_get(Button.class, s -> s.withId("draft-target")));
        _setValue(_get(TextField.class, s -> s.withId("draft-title")), "Målbilde 2026");
        _click(_get(Button.class, s -> s.withId("save-draft")));
        _click(_get(Button.class, s -> s.withId("add-area")));
        _setValue(_get(TextField.class, s -> s.withId("goal-title")), "Kommunikasjon");
        _click(_get(Button.class, s -> s.withId("save-goal")));
        _click(labelled(t("portfolio.goal.add-under", "Kommunikasjon")));
        TextField title = _get(TextField.class, s -> s.withId("goal-title"));
        _setValue(title, "x");
        _click(_get(Button.class, s -> s.withId("save-goal")));
        assertThat(title.getErrorMessage()).isEqualTo(t("portfolio.error.title", PortfolioRules.NAME_MAX));
        _setValue(title, "Mobildata i ambulansen");
        _setValue(_get(TextArea.class, s -> s.withId("goal-description")), "Tale og data i hele kjeden");
        _click(_get(Button.class, s -> s.withId("save-goal")));
        assertThat(goalsText()).contains("Kommunikasjon", "Mobildata i ambulansen", "Tale og data i hele kjeden");

        // a second secretary changes the draft after this page read it: this page's change is refused, kept open
        TargetTree draft = targets.current(p.portfolioId()).orElseThrow();
        _click(labelled(t("portfolio.goal.change-named", "Kommunikasjon")));
        targets.changeGoal(draft.goals().getFirst().id(), draft.version().version(), "Samband", "");
        TextField stale = _get(TextField.class, s -> s.withId("goal-title"));
        _setValue(stale, "Kommunikasjon og samband");
        _click(_get(Button.class, s -> s.withId("save-goal")));
        assertThat(lastNotification()).contains(t("error.concurrent-edit"));
        assertThat(stale.getValue()).isEqualTo("Kommunikasjon og samband");

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        _get(TabSheet.class).setSelectedIndex(3);
        // the office sends the draft to the board's next meeting; the board's approval adopts it (ADR 030)
        var meeting = board.meetingToday(p.boardId());
        _click(_get(Button.class, s -> s.withId("send-target-to-board")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        long paper = referrals.history(p.portfolioId(), ReferralSubject.TARGET).getFirst().paperId();
        board.decide(meeting.id(), paper, no.samspill.steeringgroup.DecisionOutcome.APPROVED, "");
        assertThat(targets.current(p.portfolioId()).orElseThrow().version().state()).isEqualTo(TargetState.ADOPTED);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        _get(TabSheet.class).setSelectedIndex(3);
        assertThat(_find(Button.class, s -> s.withId("add-area"))).isEmpty();

        _click(_get(Button.class, s -> s.withId("draft-target")));
        _click(_get(Button.class, s -> s.withId("save-draft")));
        assertThat(_find(Button.class, s -> s.withId("add-area"))).hasSize(1);
        @SuppressWarnings("unchecked")
        Select<TargetVersionRow> picker = _get(Select.class, s -> s.withId("target-version"));
        TargetVersionRow adopted = picker.getListDataView().getItems()
                .filter(v -> v.state() == TargetState.ADOPTED).findFirst().orElseThrow();
        _setValue(picker, adopted);
        assertThat(goalsText()).contains("Samband");
    }

    @Test
    void the_office_links_a_goal_and_an_owner_reports_status_with_bad_input_told_at_the_field() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        TargetTree t = targets.draft(p.portfolioId(), "Målbilde");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Kommunikasjon", "");
        targets.addGoal(t.version().id(), t.version().version(), t.goals().getFirst().key(), "Samhandling", "");
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        asSecretary(PortfolioRoutes.initiative(amk));

        _click(_get(Button.class, s -> s.withId("link-goal")));
        @SuppressWarnings("unchecked")
        ComboBox<GoalNode> goal = _get(ComboBox.class, s -> s.withId("link-goal-choice"));
        _setValue(goal, goal.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextArea.class, s -> s.withId("link-how")), "Felles AMK-løsning");
        _click(_get(Button.class, s -> s.withId("save-link")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Weight> weight = _get(RadioButtonGroup.class, s -> s.withId("link-weight"));
        assertThat(weight.getErrorMessage()).isEqualTo(t("portfolio.error.weight-missing"));
        _setValue(weight, Weight.HIGH);
        _click(_get(Button.class, s -> s.withId("save-link")));
        @SuppressWarnings("unchecked")
        Grid<GoalLinkRow> links = _get(Grid.class, s -> s.withId("initiative-goals"));
        assertThat(_size(links)).isEqualTo(1);

        _click(_get(Button.class, s -> s.withId("report-status")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StatusColour> colour = _get(RadioButtonGroup.class, s -> s.withId("status-colour"));
        _setValue(colour, StatusColour.RED);
        TextArea measures = _get(TextArea.class, s -> s.withId("status-measures"));
        _setValue(measures, "Eskalert til styret");
        _click(_get(Button.class, s -> s.withId("save-status")));
        TextArea reason = _get(TextArea.class, s -> s.withId("status-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo(t("portfolio.error.reason-required"));
        assertThat(measures.getValue()).isEqualTo("Eskalert til styret");
        _setValue(reason, "Leverandøren har utsatt");
        _click(_get(Button.class, s -> s.withId("save-status")));
        @SuppressWarnings("unchecked")
        Grid<StatusRow> statuses = _get(Grid.class, s -> s.withId("initiative-statuses"));
        assertThat(_size(statuses)).isEqualTo(1);
        assertThat(initiatives.details(amk).statuses().getFirst().colour()).isEqualTo(StatusColour.RED);
    }

    @Test
    void checkpoints_refuse_a_date_before_the_start_and_keep_their_original_date_when_moved() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        asSecretary(PortfolioRoutes.initiative(amk));
        _click(_get(Button.class, s -> s.withId("add-checkpoint")));
        _setValue(_get(TextField.class, s -> s.withId("checkpoint-title")), "Avsjekk IKT/fag");
        DatePicker on = _get(DatePicker.class, s -> s.withId("checkpoint-on"));
        _setValue(on, LocalDate.of(2025, 6, 1));
        _click(_get(Button.class, s -> s.withId("save-checkpoint")));
        assertThat(on.getErrorMessage()).startsWith(lead("portfolio.error.checkpoint-before-start"));
        _setValue(on, LocalDate.of(2026, 9, 1));
        _click(_get(Button.class, s -> s.withId("save-checkpoint")));

        @SuppressWarnings("unchecked")
        Grid<CheckpointRow> points = _get(Grid.class, s -> s.withId("initiative-checkpoints"));
        _click((Button) _getCellComponent(points, 0, "move"));
        _setValue(_get(DatePicker.class, s -> s.withId("move-to")), LocalDate.of(2026, 10, 15));
        _click(_get(Button.class, s -> s.withId("save-move")));
        TextArea why = _get(TextArea.class, s -> s.withId("move-reason"));
        assertThat(why.getErrorMessage()).startsWith(lead("portfolio.error.move-reason"));
        _setValue(why, "Møtet flyttet");
        _click(_get(Button.class, s -> s.withId("save-move")));
        CheckpointRow moved = initiatives.details(amk).checkpoints().getFirst();
        assertThat(moved.originalOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(moved.currentOn()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void a_dependency_that_closes_a_cycle_is_refused_at_the_field_and_one_is_removed_after_a_question() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        long a = initiatives.create(p.portfolioId(), form("Nytt nødnett", p.ownerTenant())).id();
        long b = initiatives.create(p.portfolioId(), form("P-EPJ", p.ownerTenant())).id();
        initiatives.addDependency(a, b);
        asSecretary(PortfolioRoutes.initiative(b));
        _click(_get(Button.class, s -> s.withId("add-dependency")));
        @SuppressWarnings("unchecked")
        ComboBox<InitiativeRef> other = _get(ComboBox.class, s -> s.withId("dependency-on"));
        _setValue(other, new InitiativeRef(a, "Nytt nødnett"));
        _click(_get(Button.class, s -> s.withId("save-dependency")));
        assertThat(other.getErrorMessage()).isEqualTo(t("portfolio.error.cycle", "Nytt nødnett"));

        UI.getCurrent().navigate(PortfolioRoutes.initiative(a));
        _click(labelled(t("portfolio.dependency.remove-named", "P-EPJ")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(initiatives.details(a).dependsOn()).isEmpty();
        assertThat(_get(Div.class, s -> s.withId("initiative-dependencies")).getElement().getTextRecursively())
                .contains(t("portfolio.initiative.no-dependencies"));
    }

    @Test
    void the_office_changes_the_status_period_and_the_invited_tenant_reports_only_on_its_own_initiative() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        long kak = initiatives.create(p.portfolioId(), form("KAK", p.invitedTenant())).id();
        asSecretary(PortfolioRoutes.portfolio(p.portfolioId()));
        _click(_get(Button.class, s -> s.withId("change-period")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PeriodLength> length = _get(RadioButtonGroup.class, s -> s.withId("period-length"));
        _setValue(length, PeriodLength.QUARTER);
        _click(_get(Button.class, s -> s.withId("save-period")));
        assertThat(portfolios.details(p.portfolioId()).periodMonths()).isEqualTo(3);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("portfolio-period")).getText())
                .isEqualTo(t("portfolio.period.shown", t("portfolio.period.QUARTER")));

        loginAndOpen(PortfolioFixture.INVITED, PortfolioRoutes.portfolio(p.portfolioId()));
        assertThat(_find(Button.class, s -> s.withId("new-initiative"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("change-period"))).isEmpty();
        UI.getCurrent().navigate(PortfolioRoutes.initiative(amk));
        assertThat(_find(Button.class, s -> s.withId("report-status"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("edit-initiative"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("add-checkpoint"))).isEmpty();
        UI.getCurrent().navigate(PortfolioRoutes.initiative(kak));
        _click(_get(Button.class, s -> s.withId("report-status")));
        @SuppressWarnings("unchecked")
        Select<PeriodOption> period = _get(Select.class, s -> s.withId("status-period"));
        assertThat(period.getValue().start().getMonthValue()).isIn(1, 4, 7, 10);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StatusColour> colour = _get(RadioButtonGroup.class, s -> s.withId("status-colour"));
        _setValue(colour, StatusColour.GREEN);
        _click(_get(Button.class, s -> s.withId("save-status")));
        assertThat(initiatives.details(kak).statuses()).hasSize(1);
        for (String outsider : new String[] {PortfolioFixture.OTHER, PortfolioFixture.SUPPLIER}) {
            loginAndOpen(outsider, "");
            no.samspill.support.Views.assertNavigationDenied(PortfolioRoutes.initiative(kak));
        }
    }

    @Test
    void the_office_changes_the_phase_corrects_the_facts_against_a_stale_copy_and_finds_the_exports() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        asSecretary(PortfolioRoutes.initiative(amk));
        _click(_get(Button.class, s -> s.withId("change-phase")));
        @SuppressWarnings("unchecked")
        Select<InitiativePhase> phase = _get(Select.class, s -> s.withId("initiative-phase"));
        _setValue(phase, InitiativePhase.DONE);
        _click(_get(Button.class, s -> s.withId("save-phase")));
        assertThat(initiatives.details(amk).phase()).isEqualTo(InitiativePhase.DONE);

        _click(_get(Button.class, s -> s.withId("edit-initiative")));
        _setValue(_get(TextField.class, s -> s.withId("initiative-name")), "AMK IKT");
        _setValue(_get(no.samspill.platform.ui.AmountField.class, s -> s.withId("initiative-budget")),
                new java.math.BigDecimal("2500000"));
        _click(_get(Button.class, s -> s.withId("save-initiative")));
        assertThat(heading()).isEqualTo("AMK IKT");
        assertThat(initiatives.details(amk).budget()).isEqualByComparingTo("2500000");

        _click(_get(Button.class, s -> s.withId("edit-initiative")));
        InitiativeDetails now = initiatives.details(amk);
        initiatives.update(amk, now.version(), new InitiativeChange("AMK IKT-prosjektet", "", now.start(), now.end(),
                null));
        TextField name = _get(TextField.class, s -> s.withId("initiative-name"));
        _setValue(name, "AMK IKT 2");
        _click(_get(Button.class, s -> s.withId("save-initiative")));
        assertThat(lastNotification()).contains(t("error.concurrent-edit"));
        assertThat(name.getValue()).isEqualTo("AMK IKT 2");

        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("coverage-xlsx"))).hasSize(1);
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("status-xlsx"))).hasSize(1);
        _get(TabSheet.class).setSelectedIndex(2);
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("roadmap-pdf"))).hasSize(1);
    }

    private static Button labelled(String ariaLabel) {
        return _get(Button.class, s -> s.withAttribute("aria-label", ariaLabel));
    }

    private static String goalsText() {
        return _get(Div.class, s -> s.withId("target-goals")).getElement().getTextRecursively();
    }
}

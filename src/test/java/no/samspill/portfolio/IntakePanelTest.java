package no.samspill.portfolio;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.steeringgroup.DecisionOutcome;
import no.samspill.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class IntakePanelTest extends KaribuTest {

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    IntakeService intake;

    @Autowired
    BoardReferrals referrals;

    @Autowired
    TargetPictureService targets;

    @Test
    void the_office_scores_refused_at_the_field_merges_after_confirming_and_sends_to_the_next_meeting() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        intake.propose(p.portfolioId(), IntakeTest.form("Felles lydlogg"));
        intake.propose(p.portfolioId(), IntakeTest.form("Nasjonal lydlogg"));
        open(p);
        assertThat(_get(Paragraph.class, s -> s.withId("board-next")).getText())
                .isEqualTo(t("portfolio.board.no-meeting"));
        Grid<ProposalRow> grid = grid();
        assertThat(_size(grid)).isEqualTo(2);

        // propose through the form
        _click(_get(Button.class, s -> s.withId("intake-propose")));
        _setValue(_get(TextField.class, s -> s.withId("propose-name")), "Videoløsning for AMK");
        _click(_get(Button.class, s -> s.withId("propose-save")));
        DatePicker start = _get(DatePicker.class, s -> s.withId("propose-start"));
        assertThat(start.getErrorMessage()).isEqualTo(t("portfolio.intake.error.period"));
        assertThat(_get(TextField.class, s -> s.withId("propose-name")).getValue()).isEqualTo("Videoløsning for AMK");
        _setValue(start, java.time.LocalDate.of(2026, 1, 1));
        _setValue(_get(DatePicker.class, s -> s.withId("propose-end")),
                java.time.LocalDate.of(2027, 12, 31));
        _click(_get(Button.class, s -> s.withId("propose-save")));
        assertThat(_size(grid)).isEqualTo(3);

        // a score out of range stays in the dialog, on its field, with what was typed
        ProposalRow video = row(grid, "Videoløsning for AMK");
        grid.select(video);
        _click(_get(Button.class, s -> s.withId("intake-score")));
        _setValue(_get(IntegerField.class, s -> s.withId("score-benefit")), 7);
        _setValue(_get(IntegerField.class, s -> s.withId("score-cost")), 3);
        _setValue(_get(IntegerField.class, s -> s.withId("score-risk")), 3);
        _setValue(_get(IntegerField.class, s -> s.withId("score-fit")), 3);
        _click(_get(Button.class, s -> s.withId("score-save")));
        IntegerField benefit = _get(IntegerField.class, s -> s.withId("score-benefit"));
        assertThat(benefit.isInvalid()).isTrue();
        assertThat(benefit.getErrorMessage()).isEqualTo(t("portfolio.intake.error.score.BENEFIT", 1, 5));
        assertThat(benefit.getValue()).isEqualTo(7);
        _setValue(benefit, 5);
        _click(_get(Button.class, s -> s.withId("score-save")));
        assertThat(_get(grid, 0).name()).isEqualTo("Videoløsning for AMK");

        // merging a proposal into itself is refused at the field; into another, after confirming
        grid.select(row(grid, "Felles lydlogg"));
        _click(_get(Button.class, s -> s.withId("intake-merge")));
        @SuppressWarnings("unchecked")
        ComboBox<ProposalRow> into = _get(ComboBox.class, s -> s.withId("merge-into"));
        into.setValue(row(grid, "Felles lydlogg"));
        _click(_get(Button.class, s -> s.withId("merge-next")));
        assertThat(into.getErrorMessage()).isEqualTo(t("portfolio.intake.error.merge-self"));
        into.setValue(row(grid, "Nasjonal lydlogg"));
        _click(_get(Button.class, s -> s.withId("merge-next")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(Paragraph.class, s -> s.withId("intake-merged")).getText())
                .isEqualTo(t("portfolio.intake.merged-line", "Felles lydlogg", "Nasjonal lydlogg"));

        // send to the board once it has a meeting ahead
        board.meetingToday(p.boardId());
        open(p);
        grid = grid();
        grid.select(row(grid, "Videoløsning for AMK"));
        _click(_get(Button.class, s -> s.withId("intake-send")));
        confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        String number = row(grid, "Videoløsning for AMK").paperNumber();
        assertThat(number).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<ReferralRow> sent = _get(Grid.class, s -> s.withId("board-referrals"));
        assertThat(_get(sent, 0).paperNumber()).isEqualTo(number);
        assertThat(_get(sent, 0).outcome()).isNull();
    }

    @Test
    void the_invited_tenant_sees_the_ranking_and_may_propose_but_has_no_scoring_merging_or_sending() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        intake.propose(p.portfolioId(), IntakeTest.form("Felles lydlogg"));
        users.login(PortfolioFixture.INVITED);
        open(p);
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(Button.class, s -> s.withId("intake-propose")).isVisible()).isTrue();
        for (String id : new String[] {"intake-score", "intake-merge", "intake-send", "intake-weights"}) {
            // Karibu finds only what is shown
            assertThat(_find(Button.class, s -> s.withId(id))).as(id).isEmpty();
        }
    }

    @Test
    void the_secretary_rejects_the_sent_proposal_in_the_decision_dialog_only_with_a_reason_which_intake_then_shows() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        long id = intake.propose(p.portfolioId(), IntakeTest.form("Egen radioløsning")).initiativeId();
        ProposalRow scored = intake.score(id, null, new ScoreForm(2, 2, 2, 2, false, ""));
        var m = board.meetingToday(p.boardId());
        referrals.sendProposal(id, scored.version(), board.nb());
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("steering/meetings/" + m.id());
        @SuppressWarnings("unchecked")
        Grid<no.samspill.steeringgroup.PaperSummary> agenda = _get(Grid.class, s -> s.withId("meeting-agenda"));
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(agenda, 0, "decide"));
        @SuppressWarnings("unchecked")
        ComboBox<DecisionOutcome> outcome = _get(ComboBox.class, s -> s.withId("decision-outcome"));
        outcome.setValue(DecisionOutcome.REJECTED);
        _click(_get(Button.class, s -> s.withId("save-decision")));
        TextArea reason = _get(TextArea.class, s -> s.withId("decision-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo(t("steering.decision.error.reason-required"));
        _setValue(reason, "Dekkes av nasjonal avtale.");
        _click(_get(Button.class, s -> s.withId("save-decision")));
        assertThat(_find(TextArea.class, s -> s.withId("decision-reason"))).isEmpty();

        open(p);
        assertThat(_size(grid())).isZero();
        @SuppressWarnings("unchecked")
        Grid<ReferralRow> sent = _get(Grid.class, s -> s.withId("board-referrals"));
        assertThat(_get(sent, 0).outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(_get(sent, 0).reason()).isEqualTo("Dekkes av nasjonal avtale.");
    }

    @Test
    void the_office_sends_the_target_pictures_draft_to_the_board_which_adopts_it_by_its_decision() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        TargetTree draft = targets.draft(p.portfolioId(), "Målbilde 1");
        targets.addGoal(draft.version().id(), draft.version().version(), null, "Kommunikasjon", "");
        var m = board.meetingToday(p.boardId());
        open(p);
        _click(_get(Button.class, s -> s.withId("board-send-target")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        @SuppressWarnings("unchecked")
        Grid<ReferralRow> sent = _get(Grid.class, s -> s.withId("board-referrals"));
        ReferralRow row = _get(sent, 0);
        assertThat(row.subject()).isEqualTo(ReferralSubject.TARGET);
        assertThat(targets.tree(draft.version().id()).version().state()).isEqualTo(TargetState.DRAFT);
        board.decide(m.id(), row.paperId(), DecisionOutcome.APPROVED, "");
        open(p);
        // adopted: no draft left to send
        assertThat(_find(Button.class, s -> s.withId("board-send-target"))).isEmpty();
        assertThat(targets.tree(draft.version().id()).version().state()).isEqualTo(TargetState.ADOPTED);
    }

    @Test
    void opening_the_intake_tab_costs_the_same_statements_for_two_proposals_as_for_eight() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        for (int i = 0; i < 2; i++) {
            intake.score(intake.propose(p.portfolioId(), IntakeTest.form("Forslag " + i)).initiativeId(), null,
                    new ScoreForm(3, 3, 3, 3, i == 0, i == 0 ? "Forskrift" : ""));
        }
        int few = tabStatements(p);
        for (int i = 2; i < 8; i++) {
            intake.score(intake.propose(p.portfolioId(), IntakeTest.form("Forslag " + i)).initiativeId(), null,
                    new ScoreForm(4, 3, 2, 1, false, ""));
        }
        assertThat(tabStatements(p)).isEqualTo(few).isLessThanOrEqualTo(20);
    }

    private int tabStatements(PortfolioFixture.Made p) {
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        return no.samspill.support.StatementCounting.statementsOf(() -> _get(TabSheet.class).setSelectedIndex(4))
                .size();
    }

    private void open(PortfolioFixture.Made p) {
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        // the intake tab, after target picture (B may add tabs after it; then look it up by its label)
        _get(TabSheet.class).setSelectedIndex(4);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProposalRow> grid() {
        return _get(Grid.class, s -> s.withId("intake-list"));
    }

    private static ProposalRow row(Grid<ProposalRow> grid, String name) {
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).name().equals(name)) {
                return _get(grid, i);
            }
        }
        throw new AssertionError("no row " + name);
    }
}

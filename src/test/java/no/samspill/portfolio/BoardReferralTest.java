package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.Set;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionOutcome;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.samspill.portfolio.PortfolioFixture.OWNER_TENANT;
import static no.samspill.portfolio.PortfolioFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class BoardReferralTest {

    @Autowired
    TestUsers users;

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    IntakeService intake;

    @Autowired
    BoardReferrals referrals;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    TargetPictureService targets;

    @Autowired
    CasePaperService papers;

    @Autowired
    SteeringMeetingService meetings;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void send_to_the_board_drafts_a_seed_003_paper_on_the_next_meeting_with_score_goals_and_coverage() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        String[] goals = adoptedGoals(p);
        long running = initiatives.create(p.portfolioId(), new InitiativeForm("AMK IKT-prosjektet", p.ownerTenant(),
                null, "Kari", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), null, InitiativePhase.RUNNING))
                .id();
        initiatives.linkGoal(running, goals[0], Weight.HIGH, "Felles AMK-løsning");
        long proposal = intake.propose(p.portfolioId(), IntakeTest.form("Multimonitor")).initiativeId();
        initiatives.linkGoal(proposal, goals[0], Weight.LOW, "Samme bilde i AMK");
        initiatives.linkGoal(proposal, goals[1], Weight.HIGH, "Overvåking hos legevakten");
        ProposalRow scored = intake.score(proposal, null, new ScoreForm(4, 3, 3, 4, false, ""));

        // no meeting ahead: a clear message, nothing sent
        assertThatThrownBy(() -> referrals.sendProposal(proposal, scored.version(), board.nb()))
                .hasMessageContaining("steering.board.error.no-meeting");
        assertThat(referrals.nextMeeting(p.portfolioId())).isEmpty();
        assertThat(referrals.history(p.portfolioId(), ReferralSubject.INITIATIVE)).isEmpty();

        MeetingDetails m = board.meetingToday(p.boardId());
        assertThat(referrals.nextMeeting(p.portfolioId())).hasValueSatisfying(n -> assertThat(n.id()).isEqualTo(m.id()));
        ReferralRow sent = referrals.sendProposal(proposal, scored.version(), board.nb());
        PaperView paper = papers.view(sent.paperId());
        PaperForm c = paper.content();
        assertThat(c.title()).isEqualTo("Forslag: Multimonitor");
        assertThat(c.addressedTo()).startsWith("Porteføljestyre ");
        assertThat(c.from()).isEqualTo(OWNER_TENANT);
        assertThat(c.assessment()).contains("Nytte: 4 av 5 (vekt 1)", "Vektet poengsum: 3,5 av 5, nummer 1 av 1");
        assertThat(c.considerations()).contains("Overvåking hos legevakten", "Samhandling (vekt Lav)");
        // the coverage it adds: the goal no approved or running initiative serves, and not the one AMK serves
        assertThat(c.considerations().substring(c.considerations().indexOf("Dekningen")))
                .contains("Robusthet").doesNotContain("Samhandling");
        assertThat(c.proposal()).first().asString().contains("godkjenner Multimonitor");
        assertThat(meetings.details(m.id()).agenda()).extracting(a -> a.id()).containsExactly(sent.paperId());
        assertThat(intake.intake(p.portfolioId()).proposals().getFirst().paperNumber()).isEqualTo(paper.number());
        assertThatThrownBy(() -> referrals.sendProposal(proposal, scored.version(), board.nb()))
                .hasMessageContaining("portfolio.intake.error.already-sent");
    }

    @Test
    void the_boards_approval_makes_the_proposal_approved_and_a_rejection_needs_and_keeps_its_reason() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        MeetingDetails m = board.meetingToday(p.boardId());
        long yes = scoredProposal(p, "Felles lydlogg");
        long no = scoredProposal(p, "Egen radioløsning");
        ReferralRow yesPaper = referrals.sendProposal(yes, initiatives.details(yes).version(), board.nb());
        ReferralRow noPaper = referrals.sendProposal(no, initiatives.details(no).version(), board.nb());

        board.decide(m.id(), yesPaper.paperId(), DecisionOutcome.APPROVED, "");
        assertThat(initiatives.details(yes).phase()).isEqualTo(InitiativePhase.APPROVED);

        assertThatThrownBy(() -> board.decide(m.id(), noPaper.paperId(), DecisionOutcome.REJECTED, "  "))
                .hasMessageContaining("steering.decision.error.reason-required");
        assertThat(initiatives.details(no).phase()).isEqualTo(InitiativePhase.PROPOSAL);
        board.decide(m.id(), noPaper.paperId(), DecisionOutcome.REJECTED, "Dekkes av nasjonal avtale.");
        assertThat(initiatives.details(no).phase()).isEqualTo(InitiativePhase.REJECTED);
        assertThat(referrals.history(p.portfolioId(), ReferralSubject.INITIATIVE))
                .filteredOn(r -> r.subjectId() == no).singleElement().satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(DecisionOutcome.REJECTED);
                    assertThat(r.reason()).isEqualTo("Dekkes av nasjonal avtale.");
                });
        assertThat(meetings.details(m.id()).decisions()).filteredOn(d -> d.paperId() == noPaper.paperId())
                .singleElement().satisfies(d -> assertThat(d.reason()).isEqualTo("Dekkes av nasjonal avtale."));
        // neither waits in intake any more
        assertThat(intake.intake(p.portfolioId()).proposals()).isEmpty();
    }

    @Test
    void an_exempt_papers_rejection_reaches_the_portfolio_without_its_reason() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        MeetingDetails m = board.meetingToday(p.boardId());
        long no = scoredProposal(p, "Unntatt forslag");
        ReferralRow sent = referrals.sendProposal(no, initiatives.details(no).version(), board.nb());
        PaperView paper = papers.view(sent.paperId());
        PaperForm c = paper.content();
        papers.update(paper.id(), paper.version(), new PaperForm(c.addressedTo(), c.from(), c.date(), true,
                "offentleglova § 23", c.title(), c.summary(), c.background(), c.considerations(), c.process(),
                c.assessment(), c.budget(), c.reputation(), c.checkpoints(), c.proposal(), c.projectId(),
                c.decisionKind()));
        board.decide(m.id(), sent.paperId(), DecisionOutcome.REJECTED, "Forhandlingsposisjon.");
        // the outcome is written back; the words of an exempt paper stay with the board's members
        assertThat(initiatives.details(no).phase()).isEqualTo(InitiativePhase.REJECTED);
        assertThat(referrals.history(p.portfolioId(), ReferralSubject.INITIATIVE))
                .filteredOn(r -> r.subjectId() == no).singleElement()
                .satisfies(r -> assertThat(r.reason()).doesNotContain("Forhandlingsposisjon"));
    }

    @Test
    void a_target_picture_is_adopted_by_the_boards_decision_and_a_stale_or_empty_draft_is_not_sent() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        MeetingDetails m = board.meetingToday(p.boardId());
        TargetTree empty = targets.draft(p.portfolioId(), "Målbilde 1");
        assertThatThrownBy(() -> referrals.sendTarget(empty.version().id(), empty.version().version(), board.nb()))
                .hasMessageContaining("portfolio.error.empty-target");
        TargetTree draft = targets.addGoal(empty.version().id(), empty.version().version(), null, "Kommunikasjon",
                "");
        assertThatThrownBy(() -> referrals.sendTarget(draft.version().id(), empty.version().version(), board.nb()))
                .isInstanceOf(ConcurrentEditException.class);
        ReferralRow sent = referrals.sendTarget(draft.version().id(), draft.version().version(), board.nb());
        assertThat(papers.view(sent.paperId()).content().proposal()).first().asString()
                .contains("vedtar målbildet «Målbilde 1»");
        // waiting for the board, the draft is not adopted
        assertThat(targets.tree(draft.version().id()).version().state()).isEqualTo(TargetState.DRAFT);
        board.decide(m.id(), sent.paperId(), DecisionOutcome.APPROVED, "");
        TargetVersionRow adopted = targets.tree(draft.version().id()).version();
        assertThat(adopted.state()).isEqualTo(TargetState.ADOPTED);
        assertThat(adopted.adoptedBy()).endsWith("(" + sent.paperNumber() + ")");
        assertThat(referrals.history(p.portfolioId(), ReferralSubject.TARGET)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(DecisionOutcome.APPROVED));
    }

    @Test
    void a_decision_on_a_paper_the_portfolio_did_not_send_changes_nothing_in_the_portfolio() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        MeetingDetails m = board.meetingToday(p.boardId());
        long proposal = scoredProposal(p, "Felles lydlogg");
        PaperView other = papers.create(p.boardId(), new PaperForm("Styret", "Kontoret", LocalDate.now(), false, "",
                "Orientering om budsjett", "", "", "", "", "", "", "", "", java.util.List.of("Tas til orientering."),
                null, null));
        meetings.placeOnAgenda(m.id(), other.id());
        board.decide(m.id(), other.id(), DecisionOutcome.APPROVED, "");
        assertThat(initiatives.details(proposal).phase()).isEqualTo(InitiativePhase.PROPOSAL);
        assertThat(intake.intake(p.portfolioId()).proposals()).hasSize(1);
    }

    private long scoredProposal(PortfolioFixture.Made p, String name) {
        long id = intake.propose(p.portfolioId(), IntakeTest.form(name)).initiativeId();
        intake.score(id, null, new ScoreForm(3, 3, 3, 3, false, ""));
        return id;
    }

    /** An adopted picture with an area and two goals; returns the goals' keys. */
    private String[] adoptedGoals(PortfolioFixture.Made p) {
        TargetTree t = targets.draft(p.portfolioId(), "Målbilde");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Kommunikasjon", "");
        String area = t.goals().getFirst().key();
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Samhandling", "");
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Robusthet", "");
        String[] keys = {t.goals().get(1).key(), t.goals().get(2).key()};
        board.adopt(p, t);
        assertThat(Set.of(keys)).hasSize(2);
        return keys;
    }
}

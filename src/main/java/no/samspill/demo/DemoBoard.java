package no.samspill.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.time.TenantTime;
import no.samspill.portfolio.BoardReferrals;
import no.samspill.portfolio.CriteriaWeights;
import no.samspill.portfolio.GoalNode;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.IntakeService;
import no.samspill.portfolio.PortfolioService;
import no.samspill.portfolio.ProposalRow;
import no.samspill.portfolio.ReferralRow;
import no.samspill.portfolio.ScoreForm;
import no.samspill.portfolio.TargetPictureService;
import no.samspill.portfolio.Weight;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.DecisionForm;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.DecisionOutcome;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PaperView;
import no.samspill.steeringgroup.SteeringMeetingService;
import org.springframework.stereotype.Component;

/**
 * Seed 003 at the portfolio board: the seed's case paper as the board's first paper (taken to information at the
 * ICT and medical directors' meeting), the target picture adopted by the board's decision on the paper it was sent
 * in (ADR 030), and in intake Multimonitor scored on the board's weights, waiting for the board's next meeting, the
 * checkpoint meeting in January. Runs as the portfolio office, the board's secretary.
 */
@Component
class DemoBoard {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String DIRECTORS = "RHF IKT- og fagdirektørmøtet, Teams";

    private final PortfolioService portfolios;
    private final CasePaperService papers;
    private final SteeringMeetingService meetings;
    private final BoardReferrals referrals;
    private final IntakeService intake;
    private final InitiativeService initiatives;
    private final TargetPictureService targets;
    private final TenantTime time;
    private final SamspillI18NProvider i18n;

    DemoBoard(PortfolioService portfolios, CasePaperService papers, SteeringMeetingService meetings,
            BoardReferrals referrals, IntakeService intake, InitiativeService initiatives,
            TargetPictureService targets, TenantTime time, SamspillI18NProvider i18n) {
        this.portfolios = portfolios;
        this.papers = papers;
        this.meetings = meetings;
        this.referrals = referrals;
        this.intake = intake;
        this.initiatives = initiatives;
        this.targets = targets;
        this.time = time;
        this.i18n = i18n;
    }

    /** The seed's paper first, then the target picture sent to today's board meeting and adopted there. */
    void adoptTarget(long portfolioId, long versionId, long version) {
        long boardId = portfolios.details(portfolioId).boardId();
        PaperView seed = papers.create(boardId, DemoSteering.portfolio());
        LocalDate held = LocalDate.of(2026, 11, 26);
        MeetingDetails directors = meetings.plan(boardId, held.atTime(9, 0).atZone(OSLO).toInstant(), DIRECTORS);
        meetings.placeOnAgenda(directors.id(), seed.id());
        directors = meetings.decide(directors.id(), seed.id(), null, new DecisionForm(DecisionKind.OTHER,
                "1. RHF IKT- og fagdirektørmøtet tar saken til orientering.\n2. Innspill fra møtet arbeides inn i "
                        + "en sak til AD-møtet.", held, "IKT- og fagdirektørene i de fire RHF-ene", ""));
        meetings.approveMinutes(directors.id(), directors.version());

        LocalDate today = time.today();
        MeetingDetails board = meetings.plan(boardId, today.atTime(LocalTime.of(8, 0)).atZone(time.zone())
                .toInstant(), "Porteføljestyret, Teams");
        ReferralRow sent = referrals.sendTarget(versionId, version, nb());
        board = meetings.decide(board.id(), sent.paperId(), null, new DecisionForm(DecisionKind.OTHER,
                "Porteføljestyret vedtar målbildet for mobil kommunikasjon i akuttmedisinsk kjede.", today,
                "Porteføljestyret", "", DecisionOutcome.APPROVED, ""));
        meetings.approveMinutes(board.id(), board.version());
    }

    /** The board's weights, Multimonitor scored and linked to the control rooms, and the next meeting. */
    int intake(long portfolioId) {
        long boardId = portfolios.details(portfolioId).boardId();
        intake.weigh(portfolioId, new CriteriaWeights(0, 3, 2, 2, 3));
        ProposalRow multimonitor = intake.intake(portfolioId).proposals().stream()
                .filter(r -> r.name().equals("Multimonitor")).findFirst().orElseThrow();
        // the municipal goal stays without initiatives: the board's package and the coverage show that gap
        String rooms = targets.current(portfolioId).orElseThrow().goals().stream()
                .filter(g -> g.title().equals("Felles kontrollromsløsninger for AMK")).map(GoalNode::key).findFirst()
                .orElseThrow();
        initiatives.linkGoal(multimonitor.initiativeId(), rooms, Weight.MEDIUM,
                "Samme overvåkingsbilde på alle AMK-sentralenes arbeidsplasser.");
        intake.score(multimonitor.initiativeId(), null, new ScoreForm(4, 3, 3, 4, false, ""));
        meetings.plan(boardId, LocalDate.of(2027, 1, 20).atTime(10, 0).atZone(OSLO).toInstant(),
                "Avsjekkpunkt i " + DIRECTORS);
        return 1;
    }

    private Translator nb() {
        return Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
    }
}

package no.samspill.portfolio;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.Lookups;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import no.samspill.platform.time.TenantTime;
import no.samspill.portfolio.domain.GoalLink;
import no.samspill.portfolio.domain.GoalLinkRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.Portfolio;
import no.samspill.portfolio.domain.TargetGoalRepository;
import no.samspill.portfolio.domain.TargetVersion;
import no.samspill.steeringgroup.BoardStanding;
import no.samspill.steeringgroup.BoardStandings;
import no.samspill.steeringgroup.PaperForm;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The case paper for the board, laid out as seed 003's saksframlegg: to the board, from the owner tenant, today;
 * what it is about in short, background, special matters, assessment (the score on the board's criteria, the goals
 * it serves, the coverage it adds: goals no approved or running initiative serves yet), budget, checkpoints, and the
 * proposed conclusion. Written in the office's language; the secretary can change it before the meeting.
 */
@Component
class ReferralPapers {

    /** The phases whose initiatives count as covering a goal when the coverage a proposal adds is told. */
    private static final Set<InitiativePhase> COVERING = Set.of(InitiativePhase.APPROVED, InitiativePhase.RUNNING,
            InitiativePhase.DONE);

    private final IntakeService intake;
    private final PortfolioOverview overview;
    private final InitiativeReader reader;
    private final GoalLinkRepository links;
    private final BoardStandings boards;
    private final TenantDirectory directory;
    private final TenantTime time;
    private final TargetGoalRepository targetGoals;

    ReferralPapers(IntakeService intake, PortfolioOverview overview, InitiativeReader reader, GoalLinkRepository links,
            BoardStandings boards, TenantDirectory directory, TenantTime time, TargetGoalRepository targetGoals) {
        this.targetGoals = targetGoals;
        this.intake = intake;
        this.overview = overview;
        this.reader = reader;
        this.links = links;
        this.boards = boards;
        this.directory = directory;
        this.time = time;
    }

    PaperForm proposal(Portfolio p, Initiative i, Translator t) {
        ProposalRow row = intake.row(p.id(), i.id());
        if (!row.scored()) {
            throw new no.samspill.platform.i18n.ValidationException("portfolio.intake.error.not-scored", i.getName());
        }
        CriteriaWeights w = intake.intake(p.id()).weights();
        String owner = directory.tenant(i.getOwnerTenantId()).map(TenantSummary::name).orElse("–");
        String period = t.dashed(Formats.date(i.getStartOn(), t.locale()), Formats.date(i.getEndOn(), t.locale()));
        NumberFormat one = NumberFormat.getNumberInstance(t.locale());
        one.setMaximumFractionDigits(1);
        one.setMinimumFractionDigits(1);
        List<String> assessment = new ArrayList<>();
        assessment.add(t.text("portfolio.paper.score-heading") + ":");
        assessment.add("");
        assessment.add(score(t, Criterion.BENEFIT, row.benefit(), w.benefit()));
        assessment.add(score(t, Criterion.COST, row.cost(), w.cost()));
        assessment.add(score(t, Criterion.RISK, row.risk(), w.risk()));
        assessment.add(score(t, Criterion.FIT, row.fit(), w.fit()));
        assessment.add("- " + t.text("portfolio.paper.weighted", one.format(row.weighted()), Scores.SCORE_MAX,
                row.rank(), intake.intake(p.id()).proposals().size()));
        Map<String, String> titles = reader.goalTitles(p.id());
        List<GoalLink> mine = links.findByInitiativeIdOrderById(i.id()).stream()
                .filter(l -> titles.containsKey(l.getGoalKey())).toList();
        // special matters: the duty, the goals it serves and the coverage it adds, each a lead line and its list
        // (the package prints Markdown as plain text, one line per block)
        List<String> special = new ArrayList<>();
        if (row.mandatory()) {
            special.add(t.text("portfolio.paper.mandatory", row.mandatoryBasis()));
            special.add("");
        }
        special.add(t.text("portfolio.paper.goals-heading") + ":");
        special.add("");
        if (mine.isEmpty()) {
            special.add("- " + t.text("portfolio.paper.goals-none"));
        }
        mine.forEach(l -> special.add("- " + t.text("portfolio.paper.goal-line",
                Lookups.present(titles, l.getGoalKey()), t.text(l.getWeight().labelKey()), l.getHow())));
        special.add("");
        special.add(t.text("portfolio.paper.coverage-heading") + ":");
        special.add("");
        List<String> added = added(p.id(), mine);
        if (added.isEmpty()) {
            special.add("- " + t.text("portfolio.paper.coverage-none"));
        }
        added.forEach(g -> special.add("- " + t.text("portfolio.paper.coverage-line", g)));
        String considerations = String.join("\n", special);
        String budget = i.getBudget() == null ? "" : t.text("portfolio.paper.budget",
                NumberFormat.getNumberInstance(t.locale()).format(i.getBudget()));
        return new PaperForm(boardName(p), owner, time.today(), false, "",
                t.text("portfolio.paper.proposal-title", i.getName()),
                t.text("portfolio.paper.proposal-summary", i.getName(), owner, period),
                t.text("portfolio.paper.proposal-background", i.getName(), owner, period,
                        i.getContact().isBlank() ? "–" : i.getContact()),
                considerations, t.text("portfolio.paper.proposal-process", owner), String.join("\n", assessment),
                budget, "", t.text("portfolio.paper.checkpoints"),
                List.of(t.text("portfolio.paper.conclusion-approve", i.getName()),
                        t.text("portfolio.paper.conclusion-follow-up")), null, null);
    }

    PaperForm target(Portfolio p, TargetVersion v, Translator t) {
        List<GoalNode> tree = TargetPictureService.ordered(
                targetGoals.findByVersionIdOrderByPositionAscIdAsc(v.id()));
        String goals = tree.stream().map(g -> "  ".repeat(g.level().ordinal()) + "- " + g.title())
                .collect(Collectors.joining("\n"));
        return new PaperForm(boardName(p), t.text("portfolio.paper.office"), time.today(), false, "",
                t.text("portfolio.paper.target-title", v.getTitle(), v.getNumber()),
                t.text("portfolio.paper.target-summary", v.getTitle()), t.text("portfolio.paper.target-background"),
                "", "", goals, "", "", t.text("portfolio.paper.checkpoints"),
                List.of(t.text("portfolio.paper.conclusion-adopt", v.getTitle(), v.getNumber()),
                        t.text("portfolio.paper.conclusion-steer")), null, null);
    }

    private static String score(Translator t, Criterion c, @Nullable Integer score, @Nullable Integer weight) {
        // a proposal is sent only once scored, and the weights always have values
        return "- " + t.text("portfolio.paper.score-line", t.text(c.labelKey()), String.valueOf(score),
                Scores.SCORE_MAX, String.valueOf(weight));
    }

    /** The goals the proposal serves (itself or through a sub-goal) that no approved or running initiative serves. */
    private List<String> added(long portfolioId, List<GoalLink> mine) {
        Coverage now = overview.coverage(portfolioId, Set.of(), COVERING);
        Map<String, GoalNode> byKey = now.goals().stream().collect(Collectors.toMap(GoalNode::key, g -> g));
        Set<String> served = new HashSet<>();
        for (GoalLink l : mine) {
            for (GoalNode g = byKey.get(l.getGoalKey()); g != null;
                    g = g.parentKey() == null ? null : byKey.get(g.parentKey())) {
                served.add(g.key());
            }
        }
        return now.goals().stream().filter(g -> served.contains(g.key()) && now.unservedGoals().contains(g.key()))
                .map(GoalNode::title).toList();
    }

    private String boardName(Portfolio p) {
        return boards.standing(p.getBoardId()).map(BoardStanding::name).orElse(p.getName());
    }
}

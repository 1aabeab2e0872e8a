package no.samspill.portfolio;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.Lookups;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import no.samspill.portfolio.domain.Checkpoint;
import no.samspill.portfolio.domain.CheckpointMove;
import no.samspill.portfolio.domain.CheckpointMoveRepository;
import no.samspill.portfolio.domain.CheckpointRepository;
import no.samspill.portfolio.domain.PortfolioRepository;
import no.samspill.portfolio.domain.StatusEntry;
import no.samspill.portfolio.domain.StatusEntryRepository;
import no.samspill.steeringgroup.BoardPackageSection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's section of its board's meeting package: for each goal of the current target picture, the
 * initiatives serving it with their newest colour and its reason; the checkpoints that moved, with why; and the
 * goals no initiative serves. Read with a fixed number of queries for the whole portfolio.
 */
@Component
class PortfolioBoardSection implements BoardPackageSection {

    /**
     * The initiatives the board has taken in: proposals are not yet (they come as papers), stopped and rejected ones
     * no longer serve a goal.
     */
    private static final Set<InitiativePhase> ACTIVE = Set.of(InitiativePhase.APPROVED, InitiativePhase.RUNNING,
            InitiativePhase.DONE);

    private final PortfolioRepository portfolios;
    private final PortfolioOverview overview;
    private final StatusEntryRepository statuses;
    private final CheckpointRepository checkpoints;
    private final CheckpointMoveRepository moves;

    PortfolioBoardSection(PortfolioRepository portfolios, PortfolioOverview overview, StatusEntryRepository statuses,
            CheckpointRepository checkpoints, CheckpointMoveRepository moves) {
        this.portfolios = portfolios;
        this.overview = overview;
        this.statuses = statuses;
        this.checkpoints = checkpoints;
        this.moves = moves;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Part> parts(long groupId, Translator t, ZoneId zone) {
        return portfolios.findByBoardId(groupId).map(p -> parts(p.id(), t)).orElse(List.of());
    }

    private List<Part> parts(long portfolioId, Translator t) {
        Coverage coverage = overview.coverage(portfolioId, Set.of(), ACTIVE);
        Map<Long, StatusEntry> newest = new HashMap<>();
        statuses.inPortfolio(portfolioId).forEach(s -> newest.putIfAbsent(s.getInitiativeId(), s));
        List<Part> parts = new ArrayList<>();
        for (GoalNode g : coverage.goals()) {
            if (g.level() == GoalLevel.AREA) {
                parts.add(new Part(t.text(g.level().labelKey()) + ": " + g.title(), g.description(), List.of()));
                continue;
            }
            List<Line> lines = coverage.initiatives().stream().filter(i -> coverage.weight(g.key(), i.id())
                    .isPresent()).map(i -> line(i, newest.get(i.id()), t)).toList();
            String text = lines.isEmpty() ? t.text(coverage.unservedGoals().contains(g.key())
                    ? "portfolio.package.goal-none" : "portfolio.package.goal-through-subgoals")
                    : t.text("portfolio.package.goal-count", lines.size());
            parts.add(new Part(t.text(g.level().labelKey()) + ": " + g.title(), text, lines));
        }
        parts.add(moved(portfolioId, coverage, t));
        List<String> unserved = coverage.goals().stream().filter(g -> coverage.unservedGoals().contains(g.key()))
                .map(g -> "– " + g.title()).toList();
        parts.add(new Part(t.text("portfolio.package.unserved"), unserved.isEmpty()
                ? t.text("portfolio.package.unserved-none") : String.join("\n", unserved), List.of()));
        return parts;
    }

    private static Line line(InitiativeRow i, @Nullable StatusEntry s, Translator t) {
        String title = t.dashed(i.name(), i.ownerName());
        if (s == null) {
            return new Line(t.text("portfolio.package.no-status"), title, "", t.text(i.phase().labelKey()));
        }
        String why = s.getReason().isBlank() ? "" : s.getReason();
        String measures = s.getMeasures().isBlank() ? "" : t.labelled("portfolio.package.measures", s.getMeasures());
        return new Line(t.text(s.getColour().labelKey()), title, s.getColour().name(),
                String.join("\n", List.of(t.facts(t.text(i.phase().labelKey()), why), measures)).strip());
    }

    /** The checkpoints whose date moved: first and current date, and the reason of the latest move. */
    private Part moved(long portfolioId, Coverage coverage, Translator t) {
        Map<Long, String> names = coverage.initiatives().stream()
                .collect(Collectors.toMap(InitiativeRow::id, InitiativeRow::name));
        List<Checkpoint> movedPoints = checkpoints.inPortfolio(portfolioId).stream().filter(Checkpoint::moved)
                .filter(c -> names.containsKey(c.getInitiativeId())).toList();
        Map<Long, CheckpointMove> last = new HashMap<>();
        if (!movedPoints.isEmpty()) {
            moves.findByCheckpointIdInOrderByMovedAtAsc(movedPoints.stream().map(Checkpoint::id).toList())
                    .forEach(m -> last.put(m.getCheckpointId(), m));
        }
        List<Line> lines = movedPoints.stream().map(c -> new Line(Formats.date(c.getCurrentOn(), t.locale()),
                t.dashed(Lookups.present(names, c.getInitiativeId()), c.getTitle()), "",
                t.text("portfolio.package.moved-line", Formats.date(c.getOriginalOn(), t.locale()),
                        last.containsKey(c.id()) ? last.get(c.id()).getReason() : ""))).toList();
        return new Part(t.text("portfolio.package.moved"), lines.isEmpty() ? t.text("portfolio.package.moved-none")
                : t.text("portfolio.package.moved-count", lines.size()), lines);
    }
}

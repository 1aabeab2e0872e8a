package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.platform.time.TenantTime;
import no.samspill.portfolio.domain.Checkpoint;
import no.samspill.portfolio.domain.CheckpointRepository;
import no.samspill.portfolio.domain.GoalLinkRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeRepository;
import no.samspill.portfolio.domain.StatusEntry;
import no.samspill.portfolio.domain.StatusEntryRepository;
import no.samspill.portfolio.domain.TargetGoal;
import no.samspill.portfolio.domain.TargetGoalRepository;
import no.samspill.portfolio.domain.TargetVersionRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Component;

/** Reads one initiative into its details, and the goal titles links are shown with; callers check access first. */
@Component
class InitiativeReader {

    private final InitiativeRepository initiatives;
    private final GoalLinkRepository links;
    private final StatusEntryRepository statuses;
    private final CheckpointRepository checkpoints;
    private final TargetVersionRepository versions;
    private final TargetGoalRepository goals;
    private final TenantDirectory directory;
    private final TenantTime time;

    InitiativeReader(InitiativeRepository initiatives, GoalLinkRepository links, StatusEntryRepository statuses,
            CheckpointRepository checkpoints, TargetVersionRepository versions, TargetGoalRepository goals,
            TenantDirectory directory, TenantTime time) {
        this.initiatives = initiatives;
        this.links = links;
        this.statuses = statuses;
        this.checkpoints = checkpoints;
        this.versions = versions;
        this.goals = goals;
        this.directory = directory;
        this.time = time;
    }

    InitiativeDetails details(Initiative i, PortfolioAccess.Standing standing) {
        Map<String, String> titles = goalTitles(i.getPortfolioId());
        List<GoalLinkRow> linkRows = links.findByInitiativeIdOrderById(i.id()).stream().map(l -> new GoalLinkRow(
                l.id(), l.getGoalKey(), titles.getOrDefault(l.getGoalKey(), "–"), l.getWeight(), l.getHow()))
                .toList();
        Set<LocalDate> seen = new HashSet<>();
        List<StatusRow> statusRows = statuses.findByInitiativeIdOrderByPeriodStartDescReportedAtDescIdDesc(i.id())
                .stream().map(s -> row(s, seen.add(s.getPeriodStart()))).toList();
        LocalDate today = time.today();
        List<CheckpointRow> points = checkpoints.findByInitiativeIdOrderByCurrentOnAscIdAsc(i.id()).stream()
                .map(c -> checkpoint(c, i, today)).toList();
        List<InitiativeRef> dependsOn = i.getDependsOn().isEmpty() ? List.of()
                : initiatives.findAllById(i.getDependsOn()).stream().map(d -> new InitiativeRef(d.id(), d.getName()))
                .sorted(java.util.Comparator.comparing(InitiativeRef::name)).toList();
        String owner = directory.tenant(i.getOwnerTenantId()).map(TenantSummary::name).orElse("–");
        return new InitiativeDetails(i.id(), i.getVersion(), i.getPortfolioId(), i.getName(), i.getOwnerTenantId(),
                owner, i.getProjectId(), i.getContact(), i.getStartOn(), i.getEndOn(), i.getBudget(), i.getPhase(),
                linkRows, statusRows, points, dependsOn, standing.manages(), standing.owns(i));
    }

    /** Today in the active tenant's zone, the day status periods and overdue checkpoints are counted from. */
    LocalDate today() {
        return time.today();
    }

    /** Key to title for the goals of the current target picture (the adopted one, or the newest draft). */
    Map<String, String> goalTitles(long portfolioId) {
        Map<String, String> titles = new LinkedHashMap<>();
        currentGoals(portfolioId).forEach(g -> titles.put(g.getKey(), g.getTitle()));
        return titles;
    }

    List<TargetGoal> currentGoals(long portfolioId) {
        return versions.findFirstByPortfolioIdAndStateOrderByNumberDesc(portfolioId, TargetState.ADOPTED)
                .or(() -> versions.findByPortfolioIdOrderByNumberDesc(portfolioId).stream().findFirst())
                .map(v -> goals.findByVersionIdOrderByPositionAscIdAsc(v.id())).orElse(List.of());
    }

    static StatusRow row(StatusEntry s, boolean current) {
        return new StatusRow(s.getPeriodStart(), s.getColour(), s.getReason(), s.getMeasures(), s.getReportedAt(),
                s.getReportedBy(), current);
    }

    /** Overdue: the date has passed while the initiative still runs (done and stopped ones owe nothing more). */
    static CheckpointRow checkpoint(Checkpoint c, Initiative i, LocalDate today) {
        boolean open = i.getPhase() != InitiativePhase.DONE && i.getPhase() != InitiativePhase.STOPPED;
        return new CheckpointRow(c.id(), c.getVersion(), c.getInitiativeId(), c.getTitle(), c.getOriginalOn(),
                c.getCurrentOn(), c.moved(), open && c.getCurrentOn().isBefore(today));
    }
}

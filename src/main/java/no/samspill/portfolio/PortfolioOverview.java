package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.time.TenantTime;
import no.samspill.portfolio.domain.Portfolio;
import no.samspill.reporting.ArchivalOptions;
import no.samspill.reporting.ReportEngine;
import no.samspill.portfolio.domain.Checkpoint;
import no.samspill.portfolio.domain.CheckpointRepository;
import no.samspill.portfolio.domain.GoalLink;
import no.samspill.portfolio.domain.GoalLinkRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeRepository;
import no.samspill.portfolio.domain.StatusEntry;
import no.samspill.portfolio.domain.StatusEntryRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's three views as read models: goal coverage, the status list and the roadmap. Each reads the
 * portfolio's rows with a fixed number of queries (initiatives filtered in SQL, then their links, statuses or
 * checkpoints for the whole portfolio at once), so its cost does not grow with a query per initiative.
 */
@Service
public class PortfolioOverview {

    private final PortfolioAccess access;
    private final InitiativeRepository initiatives;
    private final GoalLinkRepository links;
    private final StatusEntryRepository statuses;
    private final CheckpointRepository checkpoints;
    private final InitiativeReader reader;
    private final TenantDirectory directory;
    private final TenantTime time;
    private final ReportEngine reports;

    PortfolioOverview(PortfolioAccess access, InitiativeRepository initiatives, GoalLinkRepository links,
            StatusEntryRepository statuses, CheckpointRepository checkpoints, InitiativeReader reader,
            TenantDirectory directory, TenantTime time, ReportEngine reports) {
        this.reports = reports;
        this.access = access;
        this.initiatives = initiatives;
        this.links = links;
        this.statuses = statuses;
        this.checkpoints = checkpoints;
        this.reader = reader;
        this.directory = directory;
        this.time = time;
    }

    /** The matrix, filtered by owner tenants and phases (an empty set means all). */
    @Transactional(readOnly = true)
    public Coverage coverage(long portfolioId, Set<Long> owners, Set<InitiativePhase> phases) {
        access.read(portfolioId);
        List<GoalNode> goals = TargetPictureService.ordered(reader.currentGoals(portfolioId));
        List<InitiativeRow> rows = rows(filtered(portfolioId, owners, phases));
        Set<Long> shown = rows.stream().map(InitiativeRow::id).collect(Collectors.toSet());
        Map<String, Map<Long, Weight>> weights = new HashMap<>();
        for (GoalLink l : links.inPortfolio(portfolioId)) {
            if (shown.contains(l.getInitiativeId())) {
                weights.computeIfAbsent(l.getGoalKey(), k -> new HashMap<>()).put(l.getInitiativeId(), l.getWeight());
            }
        }
        Set<String> served = new HashSet<>(weights.keySet());
        // a goal is served through its sub-goals too; walk from the leaves up (the list is depth first)
        for (int i = goals.size() - 1; i >= 0; i--) {
            GoalNode g = goals.get(i);
            if (served.contains(g.key()) && g.parentKey() != null) {
                served.add(g.parentKey());
            }
        }
        Set<String> unserved = goals.stream().filter(g -> g.level() != GoalLevel.AREA && !served.contains(g.key()))
                .map(GoalNode::key).collect(Collectors.toSet());
        Set<String> goalKeys = goals.stream().map(GoalNode::key).collect(Collectors.toSet());
        Set<Long> withGoal = weights.entrySet().stream().filter(e -> goalKeys.contains(e.getKey()))
                .flatMap(e -> e.getValue().keySet().stream()).collect(Collectors.toSet());
        Set<Long> without = shown.stream().filter(id -> !withGoal.contains(id)).collect(Collectors.toSet());
        return new Coverage(goals, rows, weights, unserved, without);
    }

    /** Each initiative with the colour of its last n periods and its overdue checkpoints. */
    @Transactional(readOnly = true)
    public List<StatusLine> status(long portfolioId, int periods) {
        int months = access.read(portfolioId).portfolio().getPeriodMonths();
        List<Initiative> all = filtered(portfolioId, Set.of(), Set.of());
        LocalDate today = time.today();
        List<LocalDate> starts = Periods.lastStarts(today, months, Math.max(1, Math.min(periods, 12)));
        Map<Long, Map<LocalDate, StatusEntry>> newest = new HashMap<>();
        // newest first, so the first entry of a period is its status
        for (StatusEntry s : statuses.inPortfolio(portfolioId)) {
            newest.computeIfAbsent(s.getInitiativeId(), k -> new HashMap<>()).putIfAbsent(s.getPeriodStart(), s);
        }
        Map<Long, List<CheckpointRow>> overdue = checkpointsBy(portfolioId, all, today);
        List<StatusLine> lines = new ArrayList<>();
        List<InitiativeRow> rows = rows(all);
        for (InitiativeRow row : rows) {
            Map<LocalDate, StatusEntry> mine = newest.getOrDefault(row.id(), Map.of());
            List<PeriodStatus> cells = starts.stream().map(start -> Optional.ofNullable(mine.get(start))
                    .map(s -> new PeriodStatus(start, Periods.numberOf(start, months), s.getColour(), s.getReason()))
                    .orElse(new PeriodStatus(start, Periods.numberOf(start, months), null, ""))).toList();
            lines.add(new StatusLine(row, cells, overdue.getOrDefault(row.id(), List.of()).stream()
                    .filter(CheckpointRow::overdue).toList()));
        }
        return lines;
    }

    @Transactional(readOnly = true)
    public Roadmap roadmap(long portfolioId) {
        access.read(portfolioId);
        List<Initiative> all = filtered(portfolioId, Set.of(), Set.of());
        LocalDate today = time.today();
        Map<Long, List<CheckpointRow>> points = checkpointsBy(portfolioId, all, today);
        List<RoadmapBar> bars = rows(all).stream().map(r -> new RoadmapBar(r, points.getOrDefault(r.id(), List.of())))
                .toList();
        LocalDate from = all.stream().map(Initiative::getStartOn).min(LocalDate::compareTo).orElse(today)
                .withDayOfYear(1);
        LocalDate last = all.stream().map(Initiative::getEndOn).max(LocalDate::compareTo).orElse(today);
        for (List<CheckpointRow> list : points.values()) {
            for (CheckpointRow c : list) {
                last = c.currentOn().isAfter(last) ? c.currentOn() : last;
            }
        }
        return new Roadmap(from, last.withDayOfYear(1).plusYears(1), bars);
    }

    /** The matrix as shown with the same filters, as a spreadsheet written after the transaction. */
    @Transactional(readOnly = true)
    public PortfolioSheet coverageSheet(long portfolioId, Set<Long> owners, Set<InitiativePhase> phases,
            Translator t) {
        Coverage coverage = coverage(portfolioId, owners, phases);
        return PortfolioExports.coverage(access.read(portfolioId).portfolio().getName(), coverage, t);
    }

    @Transactional(readOnly = true)
    public PortfolioSheet statusSheet(long portfolioId, int periods, Translator t) {
        List<StatusLine> lines = status(portfolioId, periods);
        return PortfolioExports.status(access.read(portfolioId).portfolio().getName(), lines, t);
    }

    /** The roadmap as an archival PDF (PDF/A-2a), its rows read here and the PDF filled after the transaction. */
    @Transactional(readOnly = true)
    public PreparedFile roadmapPdf(long portfolioId, Translator t) {
        Roadmap roadmap = roadmap(portfolioId);
        Portfolio portfolio = access.read(portfolioId).portfolio();
        RoadmapReport.Prepared report = RoadmapReport.prepare(portfolio.getName(), roadmap, time.today(), t);
        String owner = directory.tenant(portfolio.getTenantId()).map(TenantSummary::name).orElse("");
        ArchivalOptions options = new ArchivalOptions(t.text("portfolio.report.title", portfolio.getName()), owner,
                t.locale().getLanguage());
        return out -> out.write(reports.archivalPdf(RoadmapReport.TEMPLATE, report.parameters(), report.rows(),
                options));
    }

    private List<Initiative> filtered(long portfolioId, Collection<Long> owners, Collection<InitiativePhase> phases) {
        return initiatives.filtered(portfolioId, owners.isEmpty(), owners.isEmpty() ? List.of(-1L) : owners,
                phases.isEmpty(), phases.isEmpty() ? List.of(InitiativePhase.PROPOSAL) : phases);
    }

    private Map<Long, List<CheckpointRow>> checkpointsBy(long portfolioId, List<Initiative> all, LocalDate today) {
        Map<Long, Initiative> byId = all.stream().collect(Collectors.toMap(Initiative::id, i -> i));
        Map<Long, List<CheckpointRow>> out = new HashMap<>();
        for (Checkpoint c : checkpoints.inPortfolio(portfolioId)) {
            Initiative i = byId.get(c.getInitiativeId());
            if (i != null) {
                out.computeIfAbsent(i.id(), k -> new ArrayList<>()).add(InitiativeReader.checkpoint(c, i, today));
            }
        }
        return out;
    }

    private List<InitiativeRow> rows(List<Initiative> list) {
        Map<Long, TenantSummary> owners = directory.summariesOf(list.stream().map(Initiative::getOwnerTenantId)
                .distinct().toList());
        return list.stream().map(i -> new InitiativeRow(i.id(), i.getName(), i.getOwnerTenantId(),
                Optional.ofNullable(owners.get(i.getOwnerTenantId())).map(TenantSummary::name).orElse("–"),
                i.getPhase(), i.getStartOn(), i.getEndOn())).toList();
    }
}

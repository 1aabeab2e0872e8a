package no.samspill.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.platform.Dependencies;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.domain.Checkpoint;
import no.samspill.portfolio.domain.CheckpointMove;
import no.samspill.portfolio.domain.CheckpointMoveRepository;
import no.samspill.portfolio.domain.CheckpointRepository;
import no.samspill.portfolio.domain.GoalLink;
import no.samspill.portfolio.domain.GoalLinkRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeRepository;
import no.samspill.portfolio.domain.Portfolio;
import no.samspill.portfolio.domain.StatusEntry;
import no.samspill.portfolio.domain.StatusEntryRepository;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Initiatives of a portfolio: the board's office adds them and links them to goals and to each other; the owner
 * tenant reports their status per period; checkpoints are kept by both, and every move of one is kept.
 */
@Service
public class InitiativeService {

    private final PortfolioAccess access;
    private final InitiativeRepository initiatives;
    private final GoalLinkRepository links;
    private final StatusEntryRepository statuses;
    private final CheckpointRepository checkpoints;
    private final CheckpointMoveRepository moves;
    private final InitiativeReader reader;
    private final ProjectService projects;
    private final AuditTrail audit;
    private final Clock clock;

    InitiativeService(PortfolioAccess access, InitiativeRepository initiatives, GoalLinkRepository links,
            StatusEntryRepository statuses, CheckpointRepository checkpoints, CheckpointMoveRepository moves,
            InitiativeReader reader, ProjectService projects, AuditTrail audit, Clock clock) {
        this.access = access;
        this.initiatives = initiatives;
        this.links = links;
        this.statuses = statuses;
        this.checkpoints = checkpoints;
        this.moves = moves;
        this.reader = reader;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InitiativeDetails create(long portfolioId, InitiativeForm form) {
        Portfolio portfolio = access.manage(portfolioId).portfolio();
        if (form.ownerTenantId() != portfolio.getTenantId() && !portfolio.getInvited().contains(form.ownerTenantId())) {
            throw new ValidationException("portfolio.error.owner");
        }
        String name = form.name();
        if (form.projectId() != null) {
            // a linked project is one the board's tenant reads; its own access answers "not found" for others
            ProjectSummary project = projects.get(form.projectId());
            name = name.isBlank() ? project.title() : name;
        }
        String clean = Texts.clean(name, PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX, "portfolio.error.name");
        if (initiatives.existsByPortfolioIdAndNameIgnoreCase(portfolioId, clean)) {
            throw new ValidationException("portfolio.error.name-taken", clean);
        }
        String contact = Texts.clean(form.contact(), 0, PortfolioRules.NAME_MAX, "portfolio.error.contact");
        Initiative initiative = initiatives.save(new Initiative(portfolioId, form.ownerTenantId(), form.projectId(),
                clean, contact, form.start(), form.end(), form.budget(), form.phase()));
        audit.recordIn(portfolio.getTenantId(), "portfolio.initiative-added", "Initiative", initiative.id(),
                FieldChange.set("name", clean), FieldChange.set("phase", form.phase()),
                FieldChange.set("start", form.start()), FieldChange.set("end", form.end()));
        return details(initiative.id());
    }

    @Transactional(readOnly = true)
    public InitiativeDetails details(long initiativeId) {
        Initiative initiative = find(initiativeId);
        return reader.details(initiative, access.read(initiative.getPortfolioId()));
    }

    /** Corrects the facts of an initiative, at the version the office read. */
    @Transactional
    public InitiativeDetails update(long initiativeId, long expectedVersion, InitiativeChange change) {
        Initiative initiative = find(initiativeId);
        long tenant = access.manage(initiative.getPortfolioId()).portfolio().getTenantId();
        initiative.requireVersion(expectedVersion);
        String clean = Texts.clean(change.name(), PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX,
                "portfolio.error.name");
        if (!clean.equalsIgnoreCase(initiative.getName())
                && initiatives.existsByPortfolioIdAndNameIgnoreCase(initiative.getPortfolioId(), clean)) {
            throw new ValidationException("portfolio.error.name-taken", clean);
        }
        String contact = Texts.clean(change.contact(), 0, PortfolioRules.NAME_MAX, "portfolio.error.contact");
        String beforeName = initiative.getName();
        LocalDate beforeStart = initiative.getStartOn();
        LocalDate beforeEnd = initiative.getEndOn();
        initiative.change(clean, contact, change.start(), change.end(), change.budget());
        initiatives.flush();
        audit.recordIn(tenant, "portfolio.initiative-changed", "Initiative", initiativeId,
                FieldChange.of("name", beforeName, clean), FieldChange.of("start", beforeStart, change.start()),
                FieldChange.of("end", beforeEnd, change.end()));
        return details(initiativeId);
    }

    /** The lead's own projects to link a new initiative to, a page at a time for a lazy combo box. */
    @Transactional(readOnly = true)
    public List<ProjectOption> projectOptions(long portfolioId, String text, long offset, int limit) {
        access.manage(portfolioId);
        return projects.projectOptions(text, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countProjectOptions(long portfolioId, String text) {
        access.manage(portfolioId);
        return projects.countProjectOptions(text);
    }

    /** The other initiatives of the portfolio this one could depend on (the cycle check comes at the save). */
    @Transactional(readOnly = true)
    public List<InitiativeRef> dependencyOptions(long initiativeId) {
        Initiative initiative = find(initiativeId);
        access.manage(initiative.getPortfolioId());
        Set<Long> already = initiative.getDependsOn();
        return initiatives.findByPortfolioIdOrderByName(initiative.getPortfolioId()).stream()
                .filter(o -> o.id() != initiativeId && !already.contains(o.id()))
                .map(o -> new InitiativeRef(o.id(), o.getName())).toList();
    }

    @Transactional
    public InitiativeDetails changePhase(long initiativeId, long expectedVersion, InitiativePhase phase) {
        Initiative initiative = find(initiativeId);
        long tenant = access.manage(initiative.getPortfolioId()).portfolio().getTenantId();
        initiative.requireVersion(expectedVersion);
        InitiativePhase before = initiative.getPhase();
        initiative.changePhase(phase);
        initiatives.flush();
        audit.recordIn(tenant, "portfolio.phase-changed", "Initiative", initiativeId,
                FieldChange.of("phase", before, phase));
        return details(initiativeId);
    }

    /** Links the initiative to a goal of the current target picture, or changes the link's weight and sentence. */
    @Transactional
    public InitiativeDetails linkGoal(long initiativeId, String goalKey, @Nullable Weight weight, String how) {
        Initiative initiative = find(initiativeId);
        long tenant = access.manage(initiative.getPortfolioId()).portfolio().getTenantId();
        if (weight == null) {
            throw new ValidationException("portfolio.error.weight-missing");
        }
        String goalTitle = reader.goalTitles(initiative.getPortfolioId()).get(goalKey);
        if (goalTitle == null) {
            throw new ValidationException("portfolio.error.goal");
        }
        String clean = Texts.clean(how, 1, PortfolioRules.HOW_MAX, "portfolio.error.how");
        links.findByInitiativeIdAndGoalKey(initiativeId, goalKey).ifPresentOrElse(l -> l.change(weight, clean),
                () -> links.save(new GoalLink(initiativeId, goalKey, weight, clean)));
        links.flush();
        audit.recordIn(tenant, "portfolio.goal-linked", "Initiative", initiativeId,
                FieldChange.set("goal", goalTitle), FieldChange.set("weight", weight), FieldChange.set("how", clean));
        return details(initiativeId);
    }

    /** A status for the period the day falls in; a later report for the same period supersedes, both are kept. */
    @Transactional
    public InitiativeDetails report(long initiativeId, LocalDate day, @Nullable StatusColour colour, String reason,
            String measures) {
        Initiative initiative = find(initiativeId);
        PortfolioAccess.Standing standing = access.reportOn(initiative);
        if (colour == null) {
            throw new ValidationException("portfolio.error.colour");
        }
        LocalDate period = Periods.startOf(day, standing.portfolio().getPeriodMonths());
        statuses.saveAndFlush(new StatusEntry(initiativeId, period, colour,
                Texts.clean(reason, 0, PortfolioRules.TEXT_MAX, "portfolio.error.reason"),
                Texts.clean(measures, 0, PortfolioRules.TEXT_MAX, "portfolio.error.measures"), clock.instant(),
                access.current().actorName()));
        audit.recordIn(standing.tenantId(), "portfolio.status-reported", "Initiative", initiativeId,
                FieldChange.set("name", initiative.getName()), FieldChange.set("period", period),
                FieldChange.set("colour", colour));
        return details(initiativeId);
    }

    /** The periods a report can be for: the current one and the ones before it that a late report may still cover. */
    @Transactional(readOnly = true)
    public List<PeriodOption> periods(long initiativeId) {
        PortfolioAccess.Standing standing = access.reportOn(find(initiativeId));
        int months = standing.portfolio().getPeriodMonths();
        return Periods.lastStarts(reader.today(), months, PortfolioRules.STATUS_PERIODS).reversed().stream()
                .map(start -> new PeriodOption(start, Periods.numberOf(start, months))).toList();
    }

    @Transactional
    public InitiativeDetails addCheckpoint(long initiativeId, String title, LocalDate on) {
        Initiative initiative = find(initiativeId);
        PortfolioAccess.Standing standing = access.keep(initiative);
        initiative.requireWithin(on);
        String clean = Texts.clean(title, PortfolioRules.NAME_MIN, PortfolioRules.NAME_MAX, "portfolio.error.title");
        checkpoints.saveAndFlush(new Checkpoint(initiativeId, clean, on));
        audit.recordIn(standing.tenantId(), "portfolio.checkpoint-added", "Initiative", initiativeId,
                FieldChange.set("title", clean), FieldChange.set("on", on));
        return details(initiativeId);
    }

    /** Moves a checkpoint; its original date stays, and the move is kept with its reason. */
    @Transactional
    public InitiativeDetails moveCheckpoint(long checkpointId, long expectedVersion, LocalDate to, String reason) {
        Checkpoint checkpoint = checkpoints.findById(checkpointId).orElseThrow(NotFoundException::new);
        Initiative initiative = find(checkpoint.getInitiativeId());
        PortfolioAccess.Standing standing = access.keep(initiative);
        checkpoint.requireVersion(expectedVersion);
        initiative.requireWithin(to);
        String clean = Texts.clean(reason, 1, PortfolioRules.TEXT_MAX, "portfolio.error.move-reason");
        LocalDate from = checkpoint.getCurrentOn();
        checkpoint.moveTo(to);
        moves.save(new CheckpointMove(checkpointId, from, to, clean, clock.instant(), access.current().actorName()));
        checkpoints.flush();
        audit.recordIn(standing.tenantId(), "portfolio.checkpoint-moved", "Initiative", initiative.id(),
                FieldChange.set("title", checkpoint.getTitle()), FieldChange.of("on", from, to),
                FieldChange.set("reason", clean));
        return details(initiative.id());
    }

    /** The initiative depends on another of the same portfolio; a dependency that closes a circle is refused. */
    @Transactional
    public InitiativeDetails addDependency(long initiativeId, long dependsOnId) {
        Initiative initiative = find(initiativeId);
        long tenant = access.manage(initiative.getPortfolioId()).portfolio().getTenantId();
        Initiative other = initiatives.findById(dependsOnId)
                .filter(o -> o.getPortfolioId() == initiative.getPortfolioId())
                .orElseThrow(() -> new ValidationException("portfolio.error.dependency"));
        Map<Long, Set<Long>> graph = new HashMap<>();
        for (Object[] row : initiatives.dependencies(initiative.getPortfolioId())) {
            graph.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        if (dependsOnId == initiativeId || new Dependencies(graph).createsCycle(initiativeId, Set.of(dependsOnId))) {
            throw new ValidationException("portfolio.error.cycle", other.getName());
        }
        if (initiative.dependOn(dependsOnId)) {
            initiatives.flush();
            audit.recordIn(tenant, "portfolio.dependency-added", "Initiative", initiativeId,
                    FieldChange.set("name", initiative.getName()), FieldChange.set("dependsOn", other.getName()));
        }
        return details(initiativeId);
    }

    @Transactional
    public InitiativeDetails removeDependency(long initiativeId, long dependsOnId) {
        Initiative initiative = find(initiativeId);
        long tenant = access.manage(initiative.getPortfolioId()).portfolio().getTenantId();
        if (initiative.dropDependency(dependsOnId)) {
            initiatives.flush();
            String other = initiatives.findById(dependsOnId).map(Initiative::getName).orElse("–");
            audit.recordIn(tenant, "portfolio.dependency-removed", "Initiative", initiativeId,
                    FieldChange.set("name", initiative.getName()), FieldChange.of("dependsOn", other, null));
        }
        return details(initiativeId);
    }

    private Initiative find(long initiativeId) {
        return initiatives.findById(initiativeId).orElseThrow(NotFoundException::new);
    }
}

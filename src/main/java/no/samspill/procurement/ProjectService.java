package no.samspill.procurement;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.identity.Colleague;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.domain.PhaseChangeEntry;
import no.samspill.procurement.domain.PhaseChangeRepository;
import no.samspill.procurement.domain.ProcurementProject;
import no.samspill.procurement.domain.ProjectRepository;
import no.samspill.tenancy.TenantService;
import no.samspill.tenancy.TenantSummary;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static no.samspill.procurement.ProjectRules.currencyOf;

/**
 * Procurement projects of the active (buyer) tenant. Everyone in the tenant except supplier users may read them;
 * procurement leads and admins create, edit and move them through the phases. Suppliers never see projects:
 * what they see of a procurement comes through the market dialogue they are invited to.
 */
@Service
public class ProjectService {


    private final ProjectRepository projects;
    private final PhaseChangeRepository history;
    private final List<PhaseGate> gates;
    private final TenantService tenants;
    private final ProjectForms forms;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final TenantTime time;
    private final ProjectSummaries summaries;

    ProjectService(ProjectRepository projects, PhaseChangeRepository history, List<PhaseGate> gates,
            TenantService tenants, ProjectForms forms, AccessPolicy access, AuditTrail audit, Clock clock,
            TenantTime time, ProjectSummaries summaries) {
        this.summaries = summaries;
        this.projects = projects;
        this.history = history;
        this.gates = gates;
        this.tenants = tenants;
        this.forms = forms;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> search(ProjectFilter filter, long offset, int limit) {
        long tenantId = access.requireAnyRole(Roles.STAFF);
        return summaries.of(projects.search(tenantId, SearchPatterns.contains(filter.search()), filter.phase(), filter.category(),
                OffsetLimit.of(offset, limit, Sort.unsorted())));
    }

    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        long tenantId = access.requireAnyRole(Roles.STAFF);
        return projects.count(tenantId, SearchPatterns.contains(filter.search()), filter.phase(), filter.category());
    }

    @Transactional(readOnly = true)
    public ProjectSummary get(long projectId) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        return summaries.of(List.of(load(tenantId, projectId))).getFirst();
    }

    /**
     * A page of the active tenant's projects for a lazy, searchable combo box (by reference, then title), with the
     * tenant and the typed text in the query's WHERE: a user of another tenant gets none of them.
     */
    @Transactional(readOnly = true)
    public List<ProjectOption> projectOptions(String text, long offset, int limit) {
        long tenantId = access.requireAnyRole(Roles.STAFF);
        return projects.options(tenantId, SearchPatterns.contains(text), OffsetLimit.of(offset, limit,
                Sort.unsorted()));
    }

    /** How many projects {@link #projectOptions} offers for the text. */
    @Transactional(readOnly = true)
    public long countProjectOptions(String text) {
        long tenantId = access.requireAnyRole(Roles.STAFF);
        return projects.countOptions(tenantId, SearchPatterns.contains(text));
    }

    /**
     * The projects among the ids that the user may read, by id, in one query, for lists that name the project of
     * each row. Ids of projects the user may not read (another tenant's) are left out, not refused.
     */
    @Transactional(readOnly = true)
    public Map<Long, ProjectOption> refs(Collection<Long> ids) {
        CurrentUser me = access.current();
        if (ids.isEmpty() || !me.hasAnyRole(Roles.STAFF)) {
            return Map.of();
        }
        return projects.options(me.tenantId(), Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(ProjectOption::id, Function.identity()));
    }

    /**
     * A page of the projects among the ids that the user may read, by reference, in the query: for a lazy list of
     * another module's rows that each name a project (the projects a steering group oversees).
     */
    @Transactional(readOnly = true)
    public List<ProjectOption> refs(Collection<Long> ids, long offset, int limit) {
        CurrentUser me = access.current();
        if (ids.isEmpty() || !me.hasAnyRole(Roles.STAFF)) {
            return List.of();
        }
        return projects.pageAmong(me.tenantId(), Set.copyOf(ids), OffsetLimit.of(offset, limit, Sort.unsorted()));
    }

    /** How many of the ids {@link #refs(Collection, long, int)} pages through. */
    @Transactional(readOnly = true)
    public long countRefs(Collection<Long> ids) {
        CurrentUser me = access.current();
        return ids.isEmpty() || !me.hasAnyRole(Roles.STAFF) ? 0 : projects.countAmong(me.tenantId(), Set.copyOf(ids));
    }

    /**
     * Refuses with "not found" unless the user may read the project, in one query without loading it: for services
     * that list what belongs to a project (its dialogues, groups, history) and only need to know that.
     */
    @Transactional(readOnly = true)
    public void requireReadable(long projectId) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        if (!projects.existsByIdAndTenantId(projectId, tenantId)) {
            throw new NotFoundException();
        }
    }

    /** The newest projects the current user leads, at most {@code limit}, for the dashboard. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> mine(int limit) {
        CurrentUser me = access.current();
        if (!me.hasAnyRole(Roles.STAFF) || me.userId() == null) {
            return List.of();
        }
        // a lead of a national body may lead thousands: the card shows the newest few, in the query's LIMIT
        return summaries.of(projects.findByTenantIdAndLeadUserIdOrderByCreatedAtDesc(me.tenantId(), me.userId(),
                Limit.of(limit)));
    }

    @Transactional(readOnly = true)
    public List<PhaseChange> history(long projectId) {
        requireReadable(projectId);
        return history.findByProjectIdOrderByChangedAtAscIdAsc(projectId).stream().map(PhaseChangeEntry::toRecord)
                .toList();
    }

    /** Whether the current user may create and edit projects (the views show or hide their buttons by it). */
    @Transactional(readOnly = true)
    public boolean canEdit() {
        return access.current().hasAnyRole(Roles.LEADS);
    }

    /** The tenant's time zone, in which the views show dates. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        access.requireAnyRole(Roles.STAFF);
        return time.zone();
    }

    @Transactional(readOnly = true)
    public ProjectFormOptions formOptions() {
        return forms.options(access.requireAnyRole(Roles.LEADS));
    }

    /** A page of the tenant's procurement leads by name or e-mail, for the lazy lead picker (paged in SQL). */
    @Transactional(readOnly = true)
    public List<Colleague> leadOptions(String text, long offset, int limit) {
        access.requireAnyRole(Roles.LEADS);
        return forms.leadOptions(text, offset, limit);
    }

    @Transactional
    public ProjectSummary create(ProjectForm form) {
        long tenantId = access.requireAnyRole(Roles.LEADS);
        TenantSummary tenant = tenants.activeTenant();
        if (!access.current().isBuyer()) {
            throw new ValidationException("project.error.not-buyer");
        }
        ProjectForms.Validated v = forms.validate(tenantId, form, null);
        ProcurementProject project = new ProcurementProject(tenantId, currencyOf(tenant.country()), clock.instant());
        project.update(v.reference(), v.title(), v.description(), form.category(), form.leadUserId(), form.unitIds(),
                form.estimatedValue());
        projects.save(project);
        CurrentUser me = access.current();
        history.save(new PhaseChangeEntry(project.id(), null, project.getPhase(), clock.instant(), me.userId(),
                me.actorName(), ""));
        audit.recordIn(tenantId, "project.created", "ProcurementProject", project.id(),
                FieldChange.set("reference", v.reference()), FieldChange.set("title", v.title()),
                FieldChange.set("category", form.category()));
        return get(project.id());
    }

    @Transactional
    public ProjectSummary update(long projectId, long expectedVersion, ProjectForm form) {
        ProcurementProject project = editable(projectId);
        long tenantId = project.getTenantId();
        project.requireVersion(expectedVersion);
        ProjectForms.Validated v = forms.validate(tenantId, form, project);
        List<FieldChange> changes = List.of(
                FieldChange.of("reference", project.getReference(), v.reference()),
                FieldChange.of("title", project.getTitle(), v.title()),
                FieldChange.of("description", project.getDescription(), v.description()),
                FieldChange.of("category", project.getCategory(), form.category()),
                forms.leadChange(project.getLeadUserId(), form.leadUserId()),
                FieldChange.of("units", ProjectForms.unitNames(v.units(), project.getUnitIds()),
                        ProjectForms.unitNames(v.units(), form.unitIds())),
                FieldChange.of("estimatedValue", project.getEstimatedValue(), form.estimatedValue()));
        project.update(v.reference(), v.title(), v.description(), form.category(), form.leadUserId(), form.unitIds(),
                form.estimatedValue());
        projects.flush();
        audit.recordIn(tenantId, "project.updated", "ProcurementProject", project.id(),
                changes.toArray(FieldChange[]::new));
        return get(project.id());
    }

    /**
     * Moves the project to its next phase, recorded with who and when. Every PhaseGate is asked first; the first
     * one that holds the project refuses the move with its reason.
     */
    @Transactional
    public ProjectSummary advancePhase(long projectId, long expectedVersion, String note) {
        ProcurementProject project = editable(projectId);
        long tenantId = project.getTenantId();
        project.requireVersion(expectedVersion);
        String cleanNote = note.strip();
        if (cleanNote.length() > ProjectRules.NOTE_MAX) {
            throw new ValidationException("project.error.note", ProjectRules.NOTE_MAX);
        }
        Phase from = project.getPhase();
        Phase to = from.next().orElseThrow(() -> new ValidationException("project.error.last-phase"));
        for (PhaseGate gate : gates) {
            Optional<PhaseGate.GateBlock> block = gate.check(projectId, from, to);
            if (block.isPresent()) {
                throw new ValidationException(block.get().messageKey(), block.get().args());
            }
        }
        project.moveTo(to);
        projects.flush();
        CurrentUser me = access.current();
        history.save(new PhaseChangeEntry(projectId, from, to, clock.instant(), me.userId(), me.actorName(),
                cleanNote));
        audit.recordIn(tenantId, "project.phase-changed", "ProcurementProject", projectId,
                FieldChange.of("phase", from, to));
        return get(projectId);
    }

    /** The project for a change: found first, so that only who may read it learns that they may not change it. */
    private ProcurementProject editable(long projectId) {
        ProcurementProject project = load(access.requireAnyRoleToSee(Roles.STAFF), projectId);
        access.requireAnyRole(Roles.LEADS);
        return project;
    }

    private ProcurementProject load(long tenantId, long projectId) {
        return projects.findByIdAndTenantId(projectId, tenantId).orElseThrow(NotFoundException::new);
    }
}

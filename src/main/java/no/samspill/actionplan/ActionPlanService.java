package no.samspill.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.samspill.actionplan.domain.ActionItem;
import no.samspill.actionplan.domain.ActionPlan;
import no.samspill.actionplan.domain.ActionPlanRepository;
import no.samspill.actionplan.domain.ItemHistoryRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.reporting.ReportEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans of the active tenant. Any member reads them; procurement leads and admins change them. Every
 * status update is kept as history; an item is overdue when its month has passed without it being done, and
 * blocked while an item it depends on is not done.
 */
@Service
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final PlanAccess gate;
    private final PlanRows rows;
    private final ItemChanges changes;
    private final ItemHistoryRepository history;
    private final ProjectService projects;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReportEngine reports;
    private final TenantTime time;

    ActionPlanService(ActionPlanRepository plans, PlanAccess gate, PlanRows rows, ItemChanges changes,
            ItemHistoryRepository history, ProjectService projects, AccessPolicy access, AuditTrail audit, Clock clock,
            ReportEngine reports, TenantTime time) {
        this.plans = plans;
        this.gate = gate;
        this.rows = rows;
        this.changes = changes;
        this.history = history;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.reports = reports;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        long tenantId = access.requireAnyRole(Roles.STAFF);
        return plans.findByTenantIdOrderByTitle(tenantId).stream().map(rows::summary).toList();
    }

    @Transactional(readOnly = true)
    public boolean canEdit() {
        return access.current().hasAnyRole(Roles.LEADS);
    }

    @Transactional(readOnly = true)
    public PlanSummary plan(long planId) {
        return rows.summary(gate.plan(planId));
    }

    @Transactional
    public PlanSummary createPlan(String title, String description) {
        long tenantId = access.requireAnyRole(Roles.LEADS);
        String clean = Texts.clean(title, ActionPlanRules.TITLE_MIN, ActionPlanRules.TITLE_MAX, "plan.error.title");
        if (plans.existsByTenantIdAndTitleIgnoreCase(tenantId, clean)) {
            throw new ValidationException("plan.error.title-taken", clean);
        }
        String cleanDescription = Texts.clean(description, 0, ActionPlanRules.TEXT_MAX, "plan.error.description");
        ActionPlan plan = plans.save(new ActionPlan(tenantId, clean, cleanDescription, clock.instant()));
        audit.recordIn(tenantId, "plan.created", "ActionPlan", plan.id(), FieldChange.set("title", clean));
        return rows.summary(plan);
    }

    /** The plan's items in number order (A1.2 before A1.10), narrowed by the filter. */
    @Transactional(readOnly = true)
    public List<ItemRow> items(long planId, PlanFilter filter) {
        gate.plan(planId);
        List<ItemRow> all = rows.of(planId);
        Set<Long> changed = filter.changedSince() == null ? null : rows.changedSince(all, filter.changedSince());
        String responsible = filter.responsible().strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(r -> filter.statuses().isEmpty() || filter.statuses().contains(r.status()))
                .filter(r -> responsible.isEmpty() || r.responsible().toLowerCase(Locale.ROOT).contains(responsible))
                .filter(r -> !filter.overdueOnly() || r.overdue())
                .filter(r -> changed == null || changed.contains(r.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ItemRow item(long itemId) {
        ActionItem item = gate.item(itemId);
        return rows.of(item.getPlanId()).stream().filter(r -> r.id() == itemId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The tenant's procurement projects, for linking an item to one. */
    @Transactional(readOnly = true)
    public List<ProjectRef> projectOptions() {
        access.requireAnyRole(Roles.LEADS);
        return projects.search(ProjectFilter.ALL, 0, 1000).stream()
                .map(p -> new ProjectRef(p.id(), p.reference() + " " + p.title())).toList();
    }

    /** The linked project, as the item page names it; empty when none or no longer visible. */
    @Transactional(readOnly = true)
    public Optional<ProjectRef> projectOf(ItemRow item) {
        if (item.projectId() == null) {
            return Optional.empty();
        }
        try {
            var p = projects.get(item.projectId());
            return Optional.of(new ProjectRef(p.id(), p.reference() + " " + p.title()));
        } catch (NotFoundException | no.samspill.platform.i18n.ForbiddenException gone) {
            return Optional.empty();
        }
    }

    /** The plan an item belongs to, for the item page's way back. */
    @Transactional(readOnly = true)
    public long planOf(long itemId) {
        return gate.item(itemId).getPlanId();
    }

    /** The tenant's time zone, in which the views show times. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        access.requireAnyRole(Roles.STAFF);
        return time.zone();
    }

    @Transactional(readOnly = true)
    public List<HistoryRow> history(long itemId) {
        gate.item(itemId);
        return history.findByItemIdOrderByChangedAtDesc(itemId).stream().map(h -> new HistoryRow(h.getChangedAt(),
                h.getChangedBy(), h.getStatus(), h.getStatusText(), PlanRows.month(h.getExpectedMonth()))).toList();
    }

    @Transactional
    public ItemRow createItem(long planId, ItemForm form, StatusUpdate initial) {
        return item(changes.create(planId, form, initial));
    }

    @Transactional
    public ItemRow updateItem(long itemId, long expectedVersion, ItemForm form) {
        changes.update(itemId, expectedVersion, form);
        return item(itemId);
    }

    /** A status update: colour, text and expected month, kept in the item's history with who and when. */
    @Transactional
    public ItemRow updateStatus(long itemId, long expectedVersion, StatusUpdate update) {
        changes.updateStatus(itemId, expectedVersion, update);
        return item(itemId);
    }

    /**
     * Removes an item from the plan. Its row stays, so its number is never given again and its history is kept;
     * items that depend on it must be changed first, and a round-table action that became it is open again.
     */
    @Transactional
    public void deleteItem(long itemId, long expectedVersion) {
        changes.delete(itemId, expectedVersion);
    }

    /**
     * The plan's status report, prepared in this transaction in the reader's language; the caller makes the PDF
     * ({@link StatusReport#pdf()}) after it, so no connection is held while it is made and downloaded.
     */
    @Transactional(readOnly = true)
    public StatusReport statusReport(long planId, Translator t) {
        ActionPlan plan = gate.plan(planId);
        return StatusReport.prepare(reports, plan.getTitle(), time.today(), rows.of(planId), t);
    }

    /** Ids of the plan's items with a status update or an edit at or after the instant. */
    @Transactional(readOnly = true)
    public Set<Long> changedSince(long planId, Instant from) {
        plan(planId);
        return rows.changedSince(rows.of(planId), from);
    }
}

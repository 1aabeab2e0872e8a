package no.samspill.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.actionplan.domain.ActionPlan;
import no.samspill.actionplan.domain.ActionPlanRepository;
import no.samspill.actionplan.domain.ItemHistoryRepository;
import no.samspill.actionplan.domain.ItemSearch;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.CurrentUser;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
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
    private final ItemSearch search;

    ActionPlanService(ActionPlanRepository plans, PlanAccess gate, PlanRows rows, ItemChanges changes,
            ItemHistoryRepository history, ProjectService projects, AccessPolicy access, AuditTrail audit, Clock clock,
            ReportEngine reports, TenantTime time, ItemSearch search) {
        this.search = search;
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
        return rows.summaries(plans.findByTenantIdOrderByTitle(tenantId));
    }

    /**
     * The tenant's plans among the ids, with their counts, for a page that lists plans it follows (a steering
     * group's); another tenant's ids are left out. Counted in SQL, in one query for all of them.
     */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans(Collection<Long> planIds) {
        CurrentUser me = access.current();
        if (planIds.isEmpty() || !me.hasAnyRole(Roles.STAFF)) {
            return List.of();
        }
        return rows.summaries(plans.findByTenantIdAndIdIn(me.tenantId(), planIds));
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

    /** The plan's items in number order (A1.2 before A1.10), narrowed by the filter (all of them). */
    @Transactional(readOnly = true)
    public List<ItemRow> items(long planId, PlanFilter filter) {
        return items(planId, filter, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the plan's items in number order, narrowed by the filter in SQL: only the page's items (and the
     * items they depend on) are read, however long the plan.
     */
    @Transactional(readOnly = true)
    public List<ItemRow> items(long planId, PlanFilter filter, long offset, int limit) {
        gate.plan(planId);
        return rows.rows(search.page(criteria(planId, filter), offset, limit));
    }

    /** How many of the plan's items the filter lets through, counted in SQL. */
    @Transactional(readOnly = true)
    public long count(long planId, PlanFilter filter) {
        gate.plan(planId);
        return search.count(criteria(planId, filter));
    }

    private ItemSearch.Criteria criteria(long planId, PlanFilter filter) {
        String responsible = filter.responsible().strip();
        LocalDate since = filter.changedSince();
        return new ItemSearch.Criteria(planId, filter.statuses(),
                responsible.isEmpty() ? null : SearchPatterns.contains(responsible),
                filter.overdueOnly() ? rows.overdueBefore() : null,
                since == null ? null : since.atStartOfDay(time.zone()).toInstant());
    }

    @Transactional(readOnly = true)
    public ItemRow item(long itemId) {
        return rows.rows(List.of(gate.item(itemId))).getFirst();
    }

    /** A page of the tenant's procurement projects, for linking an item to one (lazy combo box, paged in SQL). */
    @Transactional(readOnly = true)
    public List<ProjectRef> projectOptions(String text, long offset, int limit) {
        access.requireAnyRole(Roles.LEADS);
        return projects.projectOptions(text, offset, limit).stream()
                .map(p -> new ProjectRef(p.id(), p.label())).toList();
    }

    @Transactional(readOnly = true)
    public long countProjectOptions(String text) {
        access.requireAnyRole(Roles.LEADS);
        return projects.countProjectOptions(text);
    }

    /** The linked project, as the item page names it; empty when none or no longer visible. */
    @Transactional(readOnly = true)
    public Optional<ProjectRef> projectOf(ItemRow item) {
        if (item.projectId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(projects.refs(List.of(item.projectId())).get(item.projectId()))
                .map(p -> new ProjectRef(p.id(), p.label()));
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

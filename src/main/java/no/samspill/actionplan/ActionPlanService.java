package no.samspill.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.actionplan.domain.ActionItem;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.actionplan.domain.ActionPlan;
import no.samspill.actionplan.domain.ActionPlanRepository;
import no.samspill.actionplan.domain.ItemHistoryEntry;
import no.samspill.actionplan.domain.ItemHistoryRepository;
import no.samspill.actionplan.report.StatusReportRows;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.reporting.ReportEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ActionItemRepository items;
    private final ItemHistoryRepository history;
    private final ProjectService projects;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReportEngine reports;
    private final ApplicationEventPublisher events;
    private final ItemNews news;
    private final TenantTime time;

    ActionPlanService(ActionPlanRepository plans, ActionItemRepository items, ItemHistoryRepository history,
            ProjectService projects, AccessPolicy access, AuditTrail audit, Clock clock,
            ReportEngine reports, ApplicationEventPublisher events, ItemNews news, TenantTime time) {
        this.reports = reports;
        this.events = events;
        this.news = news;
        this.plans = plans;
        this.items = items;
        this.history = history;
        this.projects = projects;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.time = time;
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        long tenantId = access.requireAnyRole(Roles.STAFF);
        return plans.findByTenantIdOrderByTitle(tenantId).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public boolean canEdit() {
        return access.current().hasAnyRole(Roles.LEADS);
    }

    @Transactional(readOnly = true)
    public PlanSummary plan(long planId) {
        return summary(load(access.requireAnyRoleToSee(Roles.STAFF), planId));
    }

    @Transactional
    public PlanSummary createPlan(String title, String description) {
        long tenantId = access.requireAnyRole(Roles.LEADS);
        String clean = Texts.clean(title, 3, ActionPlanRules.TITLE_MAX, "plan.error.title");
        if (plans.existsByTenantIdAndTitleIgnoreCase(tenantId, clean)) {
            throw new ValidationException("plan.error.title-taken", clean);
        }
        String cleanDescription = Texts.clean(description, 0, ActionPlanRules.TEXT_MAX, "plan.error.description");
        ActionPlan plan = plans.save(new ActionPlan(tenantId, clean, cleanDescription, clock.instant()));
        audit.recordIn(tenantId, "plan.created", "ActionPlan", plan.id(), FieldChange.set("title", clean));
        return summary(plan);
    }

    /** The plan's items in number order (A1.2 before A1.10), narrowed by the filter. */
    @Transactional(readOnly = true)
    public List<ItemRow> items(long planId, PlanFilter filter) {
        load(access.requireAnyRoleToSee(Roles.STAFF), planId);
        List<ItemRow> rows = rows(planId);
        Set<Long> changed = filter.changedSince() == null ? null : changedSince(rows, filter.changedSince());
        String responsible = filter.responsible().strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> filter.statuses().isEmpty() || filter.statuses().contains(r.status()))
                .filter(r -> responsible.isEmpty() || r.responsible().toLowerCase(Locale.ROOT).contains(responsible))
                .filter(r -> !filter.overdueOnly() || r.overdue())
                .filter(r -> changed == null || changed.contains(r.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ItemRow item(long itemId) {
        ActionItem item = loadItem(access.requireAnyRoleToSee(Roles.STAFF), itemId);
        return rows(item.getPlanId()).stream().filter(r -> r.id() == itemId).findFirst()
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
        return loadItem(access.requireAnyRoleToSee(Roles.STAFF), itemId).getPlanId();
    }

    /** The tenant's time zone, in which the views show times. */
    @Transactional(readOnly = true)
    public ZoneId timeZone() {
        access.requireAnyRole(Roles.STAFF);
        return time.zone();
    }

    @Transactional(readOnly = true)
    public List<HistoryRow> history(long itemId) {
        loadItem(access.requireAnyRoleToSee(Roles.STAFF), itemId);
        return history.findByItemIdOrderByChangedAtDesc(itemId).stream().map(h -> new HistoryRow(h.getChangedAt(),
                h.getChangedBy(), h.getStatus(), h.getStatusText(), month(h.getExpectedMonth()))).toList();
    }

    @Transactional
    public ItemRow createItem(long planId, ItemForm form, StatusUpdate initial) {
        long tenantId = editorOf(planId);
        lockPlan(planId);
        ItemNumber number = assignNumber(planId, form.number());
        Instant now = clock.instant();
        ActionItem item = new ActionItem(planId, number, now);
        describe(item, planId, form, now);
        item.updateStatus(initial.status(), statusText(initial.statusText()), date(initial.expected()), now);
        items.save(item);
        history.save(new ItemHistoryEntry(item.id(), now, access.current().actorName(), initial.status(),
                item.getStatusText(), item.getExpectedMonth()));
        audit.recordIn(tenantId, "plan.item-created", "ActionItem", item.id(), FieldChange.set("number", number),
                FieldChange.set("title", item.getTitle()), FieldChange.set("status", initial.status()));
        news.assigned(tenantId, item, "");
        return item(item.id());
    }

    @Transactional
    public ItemRow updateItem(long itemId, long expectedVersion, ItemForm form) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        ActionItem item = loadItem(tenantId, itemId);
        access.requireAnyRole(Roles.LEADS);
        lockPlan(item.getPlanId());
        requireVersion(item, expectedVersion);
        List<FieldChange> changes = List.of(FieldChange.of("title", item.getTitle(), form.title().strip()),
                FieldChange.of("description", item.getDescription(), form.description().strip()),
                FieldChange.of("measure", item.getMeasure(), form.measure().strip()),
                FieldChange.of("responsible", item.getResponsible(), form.responsible().strip()),
                FieldChange.of("project", item.getProjectId(), form.projectId()),
                FieldChange.of("dependsOn", sorted(item.getDependsOn()), sorted(form.dependsOn())));
        String responsibleBefore = item.getResponsible();
        describe(item, item.getPlanId(), form, clock.instant());
        items.flush();
        news.assigned(tenantId, item, responsibleBefore);
        audit.recordIn(tenantId, "plan.item-updated", "ActionItem", itemId, changes.toArray(FieldChange[]::new));
        return item(itemId);
    }

    /** A status update: colour, text and expected month, kept in the item's history with who and when. */
    @Transactional
    public ItemRow updateStatus(long itemId, long expectedVersion, StatusUpdate update) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        ActionItem item = loadItem(tenantId, itemId);
        access.requireAnyRole(Roles.LEADS);
        requireVersion(item, expectedVersion);
        Instant now = clock.instant();
        FieldChange status = FieldChange.of("status", item.getStatus(), update.status());
        FieldChange expected = FieldChange.of("expected", month(item.getExpectedMonth()), update.expected());
        FieldChange text = FieldChange.of("statusText", item.getStatusText(), update.statusText().strip());
        item.updateStatus(update.status(), statusText(update.statusText()), date(update.expected()), now);
        items.flush();
        history.save(new ItemHistoryEntry(itemId, now, access.current().actorName(), update.status(),
                item.getStatusText(), item.getExpectedMonth()));
        audit.recordIn(tenantId, "plan.status-updated", "ActionItem", itemId, status, expected, text);
        return item(itemId);
    }

    /**
     * Removes an item from the plan. Its row stays, so its number is never given again and its history is kept;
     * items that depend on it must be changed first, and a round-table action that became it is open again.
     */
    @Transactional
    public void deleteItem(long itemId, long expectedVersion) {
        long tenantId = access.requireAnyRoleToSee(Roles.STAFF);
        ActionItem item = loadItem(tenantId, itemId);
        access.requireAnyRole(Roles.LEADS);
        lockPlan(item.getPlanId());
        requireVersion(item, expectedVersion);
        List<String> dependants = items.findByPlanIdAndRemovedFalse(item.getPlanId()).stream()
                .filter(i -> i.getDependsOn().contains(itemId)).map(i -> i.number().toString()).sorted().toList();
        if (!dependants.isEmpty()) {
            throw new ValidationException("item.error.depended-on", String.join(", ", dependants));
        }
        events.publishEvent(new ItemDeleted(itemId));
        item.remove(clock.instant());
        items.flush();
        audit.recordIn(tenantId, "plan.item-deleted", "ActionItem", itemId,
                FieldChange.of("number", item.number(), null), FieldChange.of("title", item.getTitle(), null),
                FieldChange.of("status", item.getStatus(), null));
    }

    /**
     * The plan's status report as PDF, laid out like the seed's "Vedlegg – Status handlingsplan": legend, one row per
     * item with number, title, description, measure and status text, expected month and status, and page numbers.
     */
    @Transactional(readOnly = true)
    public byte[] statusReportPdf(long planId, Locale locale, Function<String, String> t) {
        ActionPlan plan = load(access.requireAnyRoleToSee(Roles.STAFF), planId);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("title", plan.getTitle());
        params.put("subtitle", t.apply("report.subtitle") + " " + java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(time.today()));
        for (String key : List.of("legendGreen", "legendYellow", "legendRed", "legendDone", "hNumber", "hTitle",
                "hDescription", "hMeasure", "hExpected", "hStatus", "pageWord", "ofWord")) {
            params.put(key, t.apply("report." + key));
        }
        return reports.pdf("actionplan/status-report", params,
                StatusReportRows.of(rows(planId), locale, t));
    }

    private void describe(ActionItem item, long planId, ItemForm form, Instant now) {
        String title = Texts.clean(form.title(), 3, ActionPlanRules.TITLE_MAX, "item.error.title");
        String description = Texts.clean(form.description(), 0, ActionPlanRules.TEXT_MAX, "item.error.text");
        String measure = Texts.clean(form.measure(), 0, ActionPlanRules.TEXT_MAX, "item.error.text");
        String responsible = Texts.clean(form.responsible(), 0, ActionPlanRules.RESPONSIBLE_MAX,
                "item.error.responsible");
        if (form.projectId() != null) {
            projects.get(form.projectId());
        }
        Map<Long, ActionItem> planItems = items.findByPlanIdAndRemovedFalse(planId).stream()
                .collect(Collectors.toMap(ActionItem::id, Function.identity()));
        if (!planItems.keySet().containsAll(form.dependsOn())) {
            throw new ValidationException("item.error.dependency");
        }
        if (item.getId() != null && createsCycle(item.id(), form.dependsOn(), planItems)) {
            throw new ValidationException("item.error.cycle");
        }
        item.describe(title, description, measure, responsible, form.projectId(), form.dependsOn(), now);
    }

    /** Whether the item, given these dependencies, could reach itself through the plan's dependencies. */
    static boolean createsCycle(long itemId, Set<Long> dependsOn, Map<Long, ActionItem> planItems) {
        Deque<Long> todo = new ArrayDeque<>(dependsOn);
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == itemId) {
                return true;
            }
            if (seen.add(next) && planItems.containsKey(next)) {
                todo.addAll(planItems.get(next).getDependsOn());
            }
        }
        return false;
    }

    private ItemNumber assignNumber(long planId, String requested) {
        String text = requested.strip().toUpperCase(Locale.ROOT);
        ItemNumber number;
        if (text.matches("[A-Z]\\d{1,2}")) {
            String letter = text.substring(0, 1);
            int main = Integer.parseInt(text.substring(1));
            if (main == 0) {
                throw new ValidationException("item.error.number", requested);
            }
            number = new ItemNumber(letter.charAt(0), main, items.highestSub(planId, letter, main) + 1);
            if (number.sub() > 99) {
                throw new ValidationException("item.error.number-full", text);
            }
        } else {
            number = ItemNumber.parse(text);
        }
        if (items.numberTaken(planId, String.valueOf(number.group()), number.main(), number.sub())) {
            throw new ValidationException("item.error.number-taken", number.toString());
        }
        return number;
    }

    /** Ids of the plan's items with a status update or an edit at or after the instant. */
    @Transactional(readOnly = true)
    public Set<Long> changedSince(long planId, Instant from) {
        plan(planId);
        return changedSince(rows(planId), from);
    }

    /**
     * The items linked to a project, with their flags, and the ids of those changed since the instant; for the
     * project facts (the caller has checked the project is the user's to read).
     */
    List<ItemRow> rowsForProject(long projectId) {
        return items.findByProjectIdAndRemovedFalse(projectId).stream().map(ActionItem::getPlanId).distinct()
                .flatMap(planId -> rows(planId).stream()).filter(r -> Objects.equals(r.projectId(), projectId))
                .toList();
    }

    Set<Long> changedSince(List<ItemRow> rows, Instant from) {
        Set<Long> changed = history.findByItemIdInAndChangedAtGreaterThanEqual(rows.stream().map(ItemRow::id)
                .toList(), from).stream().map(ItemHistoryEntry::getItemId).collect(Collectors.toSet());
        rows.stream().filter(r -> !r.updatedAt().isBefore(from)).forEach(r -> changed.add(r.id()));
        return changed;
    }

    private List<ItemRow> rows(long planId) {
        List<ActionItem> list = items.findByPlanIdAndRemovedFalse(planId);
        Map<Long, ActionItem> byId = list.stream().collect(Collectors.toMap(ActionItem::id, Function.identity()));
        YearMonth thisMonth = YearMonth.now(time.clock());
        return list.stream().map(i -> {
            List<ActionItem> deps = i.getDependsOn().stream().map(byId::get).filter(Objects::nonNull)
                    .sorted(Comparator.comparing(ActionItem::number)).toList();
            YearMonth expected = month(i.getExpectedMonth());
            boolean overdue = i.getStatus() != ItemStatus.DONE && expected != null && expected.isBefore(thisMonth);
            boolean blocked = i.getStatus() != ItemStatus.DONE
                    && deps.stream().anyMatch(d -> d.getStatus() != ItemStatus.DONE);
            return new ItemRow(i.id(), i.getVersion(), i.number(), i.getTitle(), i.getDescription(), i.getMeasure(),
                    i.getStatus(), i.getStatusText(), expected, i.getResponsible(), i.getProjectId(),
                    deps.stream().map(ActionItem::id).toList(), deps.stream().map(d -> d.number().toString()).toList(),
                    overdue, blocked, i.getUpdatedAt());
        }).sorted(Comparator.comparing(ItemRow::number)).toList();
    }

    /** Items with a status update or an edit on or after the day (in the tenant's zone). */
    private Set<Long> changedSince(List<ItemRow> rows, LocalDate since) {
        return changedSince(rows, since.atStartOfDay(time.zone()).toInstant());
    }

    private PlanSummary summary(ActionPlan plan) {
        List<ItemRow> rows = rows(plan.id());
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status() == s).count());
        }
        return new PlanSummary(plan.id(), plan.getVersion(), plan.getTitle(), plan.getDescription(), counts,
                rows.stream().filter(ItemRow::overdue).count());
    }

    /**
     * Serialises changes within one plan: numbering, the cycle check and the dependants check all read other items,
     * so two parallel edits must not each pass on a state the other is about to change.
     */
    private void lockPlan(long planId) {
        plans.lock(planId);
    }

    /**
     * The tenant of a plan the user changes: the plan is found first, so that a user who may not read it hears
     * "not found" and only a reader hears that they may not change it.
     */
    private long editorOf(long planId) {
        long tenantId = load(access.requireAnyRoleToSee(Roles.STAFF), planId).getTenantId();
        access.requireAnyRole(Roles.LEADS);
        return tenantId;
    }

    private ActionPlan load(long tenantId, long planId) {
        return plans.findByIdAndTenantId(planId, tenantId).orElseThrow(NotFoundException::new);
    }

    private ActionItem loadItem(long tenantId, long itemId) {
        ActionItem item = items.findById(itemId).filter(i -> !i.isRemoved()).orElseThrow(NotFoundException::new);
        load(tenantId, item.getPlanId());
        return item;
    }

    private static void requireVersion(ActionItem item, long expectedVersion) {
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }

    private static String statusText(String text) {
        return Texts.clean(text, 0, ActionPlanRules.TEXT_MAX, "item.error.text");
    }


    private static @Nullable LocalDate date(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static @Nullable YearMonth month(@Nullable LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

}

package no.samspill.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samspill.actionplan.domain.ActionItem;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.actionplan.domain.ActionPlanRepository;
import no.samspill.actionplan.domain.ItemHistoryEntry;
import no.samspill.actionplan.domain.ItemHistoryRepository;
import no.samspill.platform.Dependencies;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * The changes to a plan's items: create, describe, status updates and removal, each audited, each status update
 * kept as history. {@link ActionPlanService} is its public face and the transaction; this class makes the change
 * and the service returns the item as the views read it.
 */
@Component
class ItemChanges {

    private final PlanAccess gate;
    private final ActionPlanRepository plans;
    private final ActionItemRepository items;
    private final ItemHistoryRepository history;
    private final ItemNumbering numbering;
    private final ProjectService projects;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ItemNews news;
    private final Clock clock;

    ItemChanges(PlanAccess gate, ActionPlanRepository plans, ActionItemRepository items,
            ItemHistoryRepository history, ItemNumbering numbering, ProjectService projects, AuditTrail audit,
            ApplicationEventPublisher events, ItemNews news, Clock clock) {
        this.gate = gate;
        this.plans = plans;
        this.items = items;
        this.history = history;
        this.numbering = numbering;
        this.projects = projects;
        this.audit = audit;
        this.events = events;
        this.news = news;
        this.clock = clock;
    }

    /** Creates the item and returns its id. */
    long create(long planId, ItemForm form, StatusUpdate initial) {
        long tenantId = gate.editablePlan(planId).getTenantId();
        lockPlan(planId);
        ItemNumber number = numbering.assign(planId, form.number());
        Instant now = clock.instant();
        ActionItem item = new ActionItem(planId, number, now);
        describe(item, planId, form, now);
        item.updateStatus(initial.status(), initial.statusText(), date(initial.expected()), now);
        items.save(item);
        history.save(new ItemHistoryEntry(item.id(), now, gate.actorName(), initial.status(),
                item.getStatusText(), item.getExpectedMonth()));
        audit.recordIn(tenantId, "plan.item-created", "ActionItem", item.id(), FieldChange.set("number", number),
                FieldChange.set("title", item.getTitle()), FieldChange.set("status", initial.status()));
        news.assigned(tenantId, item, "");
        return item.id();
    }

    void update(long itemId, long expectedVersion, ItemForm form) {
        PlanAccess.Editable edit = gate.editableItem(itemId);
        long tenantId = edit.tenantId();
        ActionItem item = edit.item();
        lockPlan(item.getPlanId());
        item.requireVersion(expectedVersion);
        List<FieldChange> changes = List.of(FieldChange.of("title", item.getTitle(), form.title().strip()),
                FieldChange.of("description", item.getDescription(), form.description().strip()),
                FieldChange.of("measure", item.getMeasure(), form.measure().strip()),
                FieldChange.of("responsible", item.getResponsible(), form.responsible().strip()),
                FieldChange.of("project", reference(item.getProjectId()), reference(form.projectId())),
                dependsOnChange(item.getPlanId(), item.getDependsOn(), form.dependsOn()));
        String responsibleBefore = item.getResponsible();
        describe(item, item.getPlanId(), form, clock.instant());
        items.flush();
        news.assigned(tenantId, item, responsibleBefore);
        audit.recordIn(tenantId, "plan.item-updated", "ActionItem", itemId, changes.toArray(FieldChange[]::new));
    }

    void updateStatus(long itemId, long expectedVersion, StatusUpdate update) {
        PlanAccess.Editable edit = gate.editableItem(itemId);
        long tenantId = edit.tenantId();
        ActionItem item = edit.item();
        item.requireVersion(expectedVersion);
        Instant now = clock.instant();
        FieldChange status = FieldChange.of("status", item.getStatus(), update.status());
        FieldChange expected = FieldChange.of("expected", PlanRows.month(item.getExpectedMonth()), update.expected());
        FieldChange text = FieldChange.of("statusText", item.getStatusText(), update.statusText().strip());
        item.updateStatus(update.status(), update.statusText(), date(update.expected()), now);
        items.flush();
        history.save(new ItemHistoryEntry(itemId, now, gate.actorName(), update.status(),
                item.getStatusText(), item.getExpectedMonth()));
        audit.recordIn(tenantId, "plan.status-updated", "ActionItem", itemId, status, expected, text);
    }

    /** Removes the item; see {@link ActionPlanService#deleteItem}. */
    void delete(long itemId, long expectedVersion) {
        PlanAccess.Editable edit = gate.editableItem(itemId);
        long tenantId = edit.tenantId();
        ActionItem item = edit.item();
        lockPlan(item.getPlanId());
        item.requireVersion(expectedVersion);
        Map<Long, ActionItem> planItems = planItems(item.getPlanId());
        List<String> dependants = dependencies(planItems).dependantsOf(itemId).stream()
                .map(id -> present(planItems, id).number().toString()).sorted().toList();
        if (!dependants.isEmpty()) {
            throw new ValidationException("item.error.depended-on", String.join(", ", dependants));
        }
        events.publishEvent(new ItemDeleted(itemId, item.number().toString()));
        item.remove(clock.instant());
        items.flush();
        audit.recordIn(tenantId, "plan.item-deleted", "ActionItem", itemId,
                FieldChange.of("number", item.number(), null), FieldChange.of("title", item.getTitle(), null),
                FieldChange.of("status", item.getStatus(), null));
    }

    /** The form's texts are the item's to check; the links to a project and to other items are checked here. */
    private void describe(ActionItem item, long planId, ItemForm form, Instant now) {
        if (form.projectId() != null) {
            projects.get(form.projectId());
        }
        Dependencies graph = dependencies(planItems(planId));
        if (!graph.knows(form.dependsOn())) {
            throw new ValidationException("item.error.dependency");
        }
        if (item.getId() != null && graph.createsCycle(item.id(), form.dependsOn())) {
            throw new ValidationException("item.error.cycle");
        }
        item.describe(form.title(), form.description(), form.measure(), form.responsible(), form.projectId(),
                form.dependsOn(), now);
    }

    private Map<Long, ActionItem> planItems(long planId) {
        return items.findByPlanIdAndRemovedFalse(planId).stream()
                .collect(Collectors.toMap(ActionItem::id, Function.identity()));
    }

    private static Dependencies dependencies(Map<Long, ActionItem> planItems) {
        Map<Long, Set<Long>> graph = new HashMap<>();
        planItems.forEach((id, i) -> graph.put(id, Set.copyOf(i.getDependsOn())));
        return new Dependencies(graph);
    }

    /**
     * Serialises changes within one plan: numbering, the cycle check and the dependants check all read other items,
     * so two parallel edits must not each pass on a state the other is about to change.
     */
    private void lockPlan(long planId) {
        plans.lock(planId);
    }

    private static @Nullable LocalDate date(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    /** The audit entry names the project by its reference and the items by their numbers, as the views do. */
    private @Nullable String reference(@Nullable Long projectId) {
        return projectId == null ? null : projects.refs(List.of(projectId)).values().stream()
                .map(ProjectOption::reference).findFirst().orElse(projectId.toString());
    }

    private FieldChange dependsOnChange(long planId, Set<Long> before, Set<Long> after) {
        if (before.equals(after)) {
            return FieldChange.of("dependsOn", null, null);
        }
        Map<Long, ActionItem> planItems = planItems(planId);
        Function<Set<Long>, List<String>> numbers = ids -> ids.stream()
                .map(id -> planItems.containsKey(id) ? planItems.get(id).number().toString() : id.toString())
                .sorted().toList();
        return FieldChange.of("dependsOn", numbers.apply(before), numbers.apply(after));
    }
}

package no.samspill.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.actionplan.domain.ActionItem;
import no.samspill.actionplan.domain.ActionItemRepository;
import no.samspill.actionplan.domain.ActionPlan;
import no.samspill.actionplan.domain.ItemHistoryEntry;
import no.samspill.actionplan.domain.ItemHistoryRepository;
import no.samspill.platform.time.TenantTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The read model of a plan's items: each item with its dependencies' numbers and its flags (overdue when its month
 * has passed without it being done, blocked while an item it depends on is not done). The caller has checked access.
 */
@Component
class PlanRows {

    private final ActionItemRepository items;
    private final ItemHistoryRepository history;
    private final TenantTime time;

    PlanRows(ActionItemRepository items, ItemHistoryRepository history, TenantTime time) {
        this.items = items;
        this.history = history;
        this.time = time;
    }

    /** The plan's items in number order (A1.2 before A1.10). */
    List<ItemRow> of(long planId) {
        return rows(items.findByPlanIdAndRemovedFalse(planId)).stream().sorted(Comparator.comparing(ItemRow::number))
                .toList();
    }

    /**
     * The items as rows, in the given order. The items they depend on that are not among them are read in one
     * query (a page of the grid names and flags its items by them), so the cost does not grow with the plan.
     */
    List<ItemRow> rows(List<ActionItem> list) {
        Map<Long, ActionItem> byId = new HashMap<>();
        list.forEach(i -> byId.put(i.id(), i));
        Set<Long> missing = list.stream().flatMap(i -> i.getDependsOn().stream()).filter(id -> !byId.containsKey(id))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            items.findAllById(missing).stream().filter(i -> !i.isRemoved()).forEach(i -> byId.put(i.id(), i));
        }
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
        }).toList();
    }

    /** The first day of this month: an item expected before it and not done is overdue. */
    LocalDate overdueBefore() {
        return YearMonth.now(time.clock()).atDay(1);
    }

    /** The items linked to a project, with their flags (the caller has checked the project is the user's). */
    List<ItemRow> forProject(long projectId) {
        return rows(items.findByProjectIdAndRemovedFalse(projectId)).stream()
                .sorted(Comparator.comparing(ItemRow::number)).toList();
    }

    /** Ids of the items with a status update or an edit at or after the instant. */
    Set<Long> changedSince(List<ItemRow> rows, Instant from) {
        Set<Long> changed = history.findByItemIdInAndChangedAtGreaterThanEqual(rows.stream().map(ItemRow::id)
                .toList(), from).stream().map(ItemHistoryEntry::getItemId).collect(Collectors.toSet());
        rows.stream().filter(r -> !r.updatedAt().isBefore(from)).forEach(r -> changed.add(r.id()));
        return changed;
    }

    /** Items with a status update or an edit on or after the day (in the tenant's zone). */
    Set<Long> changedSince(List<ItemRow> rows, LocalDate since) {
        return changedSince(rows, since.atStartOfDay(time.zone()).toInstant());
    }

    PlanSummary summary(ActionPlan plan) {
        return summaries(List.of(plan)).getFirst();
    }

    /** The plans with their counts per status and overdue items, counted in SQL in one query for all of them. */
    List<PlanSummary> summaries(List<ActionPlan> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<ItemStatus, Long>> counts = new HashMap<>();
        Map<Long, Long> overdue = new HashMap<>();
        for (Object[] r : items.statusCounts(plans.stream().map(ActionPlan::id).toList(), overdueBefore())) {
            long planId = (Long) r[0];
            ItemStatus status = (ItemStatus) r[1];
            counts.computeIfAbsent(planId, k -> new EnumMap<>(ItemStatus.class)).put(status, (Long) r[2]);
            if (status != ItemStatus.DONE && r[3] != null) {
                overdue.merge(planId, ((Number) r[3]).longValue(), Long::sum);
            }
        }
        return plans.stream().map(plan -> {
            Map<ItemStatus, Long> byStatus = new EnumMap<>(ItemStatus.class);
            for (ItemStatus s : ItemStatus.values()) {
                byStatus.put(s, counts.getOrDefault(plan.id(), Map.of()).getOrDefault(s, 0L));
            }
            return new PlanSummary(plan.id(), plan.getVersion(), plan.getTitle(), plan.getDescription(), byStatus,
                    overdue.getOrDefault(plan.id(), 0L));
        }).toList();
    }

    static @Nullable YearMonth month(@Nullable LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}

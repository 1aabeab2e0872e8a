package no.samspill.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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

    /** The items linked to a project, with their flags (the caller has checked the project is the user's). */
    List<ItemRow> forProject(long projectId) {
        return items.findByProjectIdAndRemovedFalse(projectId).stream().map(ActionItem::getPlanId).distinct()
                .flatMap(planId -> of(planId).stream()).filter(r -> Objects.equals(r.projectId(), projectId))
                .toList();
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
        List<ItemRow> rows = of(plan.id());
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status() == s).count());
        }
        return new PlanSummary(plan.id(), plan.getVersion(), plan.getTitle(), plan.getDescription(), counts,
                rows.stream().filter(ItemRow::overdue).count());
    }

    static @Nullable YearMonth month(@Nullable LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}

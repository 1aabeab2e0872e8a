package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ItemRow;
import no.samspill.actionplan.ItemStatus;
import no.samspill.actionplan.PlanFilter;
import no.samspill.actionplan.PlanSummary;
import no.samspill.procurement.ProjectFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** An overseen action plan as a status page: its items with colour, flags and what changed since a moment. */
@Component
class PlanStatusReader {

    private final ActionPlanService plans;

    PlanStatusReader(ActionPlanService plans) {
        this.plans = plans;
    }

    StatusPage read(long planId, @Nullable Instant since) {
        PlanSummary plan = plans.plan(planId);
        List<ItemRow> rows = plans.items(planId, PlanFilter.ALL);
        Set<Long> changed = since == null ? Set.of() : plans.changedSince(planId, since);
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        ProjectFacts.Fact summary = new ProjectFacts.Fact("facts.action-plan", List.of(rows.size(),
                counts.getOrDefault(ItemStatus.GREEN, 0L), counts.getOrDefault(ItemStatus.YELLOW, 0L),
                counts.getOrDefault(ItemStatus.RED, 0L), counts.getOrDefault(ItemStatus.DONE, 0L),
                rows.stream().filter(ItemRow::overdue).count(), rows.stream().filter(ItemRow::blocked).count(),
                changed.size()));
        return new StatusPage(plan.title(), null, List.of(summary), rows.stream()
                .map(r -> new ProjectFacts.StatusLine(r.number().toString(), r.title(), r.status().name(),
                        r.statusText(), r.overdue(), r.blocked(), changed.contains(r.id()))).toList());
    }
}

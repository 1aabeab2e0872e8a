package no.samspill.actionplan;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.procurement.ProjectFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The action-plan items linked to a project: counts by colour, and each item with its flags, for steering papers. */
@Component
class ActionPlanFacts implements ProjectFacts {

    private final PlanRows plans;

    ActionPlanFacts(PlanRows plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Facts facts(long projectId, @Nullable Instant since) {
        List<ItemRow> rows = plans.forProject(projectId);
        if (rows.isEmpty()) {
            return Facts.NONE;
        }
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        Set<Long> changed = since == null ? Set.of() : plans.changedSince(rows, since);
        Fact summary = new Fact("facts.action-plan", List.of(rows.size(), counts.getOrDefault(ItemStatus.GREEN, 0L),
                counts.getOrDefault(ItemStatus.YELLOW, 0L), counts.getOrDefault(ItemStatus.RED, 0L),
                counts.getOrDefault(ItemStatus.DONE, 0L), rows.stream().filter(ItemRow::overdue).count(),
                rows.stream().filter(ItemRow::blocked).count(), changed.size()));
        return new Facts(List.of(summary), rows.stream().map(r -> new StatusLine(r.number().toString(), r.title(),
                r.status().name(), r.statusText(), r.overdue(), r.blocked(), changed.contains(r.id()))).toList());
    }
}

package no.samspill.actionplan;

import java.util.Map;

/** A plan with its counts per status and how many items are overdue. */
public record PlanSummary(long id, long version, String title, String description, Map<ItemStatus, Long> counts,
        long overdue) {

    public PlanSummary {
        counts = Map.copyOf(counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}

package no.samspill.actionplan;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Filters of the plan grid; empty statuses and blank responsible mean any. */
public record PlanFilter(Set<ItemStatus> statuses, String responsible, boolean overdueOnly,
        @Nullable LocalDate changedSince) {

    public static final PlanFilter ALL = new PlanFilter(Set.of(), "", false, null);

    public PlanFilter {
        statuses = Set.copyOf(statuses);
    }
}

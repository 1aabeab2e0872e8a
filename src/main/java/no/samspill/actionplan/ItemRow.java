package no.samspill.actionplan;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An item as the plan grid and the item page show it, with its overdue and blocked flags worked out. */
public record ItemRow(long id, long version, ItemNumber number, String title, String description, String measure,
        ItemStatus status, String statusText, @Nullable YearMonth expected, String responsible,
        @Nullable Long projectId, List<Long> dependsOnIds, List<String> dependsOn, boolean overdue, boolean blocked,
        Instant updatedAt) {

    public ItemRow {
        dependsOnIds = List.copyOf(dependsOnIds);
        dependsOn = List.copyOf(dependsOn);
    }
}

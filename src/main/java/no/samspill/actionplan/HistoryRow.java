package no.samspill.actionplan;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One status update in an item's timeline. */
public record HistoryRow(Instant changedAt, String changedBy, ItemStatus status, String statusText,
        @Nullable YearMonth expected) {
}

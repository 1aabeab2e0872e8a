package no.samspill.actionplan;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

public record StatusUpdate(ItemStatus status, String statusText, @Nullable YearMonth expected) {
}

package no.samspill.portfolio;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One period's status of an initiative: colour and reason, or none when nothing was reported for it. */
public record PeriodStatus(LocalDate periodStart, int number, @Nullable StatusColour colour, String reason) {
}

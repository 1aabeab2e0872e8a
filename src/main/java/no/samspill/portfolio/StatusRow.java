package no.samspill.portfolio;

import java.time.Instant;
import java.time.LocalDate;

/** One status report: its period, colour, reason and measures, who reported and when; current if newest. */
public record StatusRow(LocalDate periodStart, StatusColour colour, String reason, String measures,
        Instant reportedAt, String reportedBy, boolean current) {
}

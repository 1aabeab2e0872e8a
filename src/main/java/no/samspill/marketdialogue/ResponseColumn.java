package no.samspill.marketdialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One supplier in the buyer's answer matrix. */
public record ResponseColumn(long participantId, String supplierName, boolean invited, ParticipantStatus status,
        @Nullable Instant submittedAt) {
}

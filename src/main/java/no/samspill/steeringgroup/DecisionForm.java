package no.samspill.steeringgroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the secretary records for a decision: the adopted conclusion, the day, who was present, any dissent. */
public record DecisionForm(@Nullable DecisionKind kind, String conclusion, LocalDate decidedOn, String present,
        String dissent) {
}

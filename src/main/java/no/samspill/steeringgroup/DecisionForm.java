package no.samspill.steeringgroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the secretary records for a decision: the adopted conclusion, the day, who was present, any dissent, and
 * whether the proposal was approved or rejected (a rejection with its reason).
 */
public record DecisionForm(@Nullable DecisionKind kind, String conclusion, LocalDate decidedOn, String present,
        String dissent, @Nullable DecisionOutcome outcome, String reason) {

    /** A decision that approves or rejects nothing (a paper taken to information). */
    public DecisionForm(@Nullable DecisionKind kind, String conclusion, LocalDate decidedOn, String present,
            String dissent) {
        this(kind, conclusion, decidedOn, present, dissent, null, "");
    }
}

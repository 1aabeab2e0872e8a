package no.samspill.steeringgroup;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the meeting page, the paper and the project page show it; {@code locked} once minutes are approved;
 * the outcome (approved or rejected, with the reason) where the decision settles the proposal.
 */
public record DecisionRow(long id, long version, long paperId, String paperNumber, String paperTitle,
        long meetingId, @Nullable DecisionKind kind, String conclusion, LocalDate decidedOn, String present,
        String dissent, @Nullable Long supersedesId, boolean locked, @Nullable DecisionOutcome outcome, String reason) {
}

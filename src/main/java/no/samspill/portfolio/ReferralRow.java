package no.samspill.portfolio;

import no.samspill.steeringgroup.DecisionOutcome;
import org.jspecify.annotations.Nullable;

/** What was sent to the board: the subject, the case paper, and the board's outcome with its reason once decided. */
public record ReferralRow(long id, ReferralSubject subject, long subjectId, String subjectName, long paperId, String paperNumber,
        @Nullable DecisionOutcome outcome, String reason) {
}

package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a steering group, for the modules that listen (notifications), naming its active members. An
 * event about an exempt paper carries no title and no content: whoever reads it is sent to the portal, which checks.
 */
public final class SteeringEvents {

    private SteeringEvents() {
    }

    /** A meeting's package (version {@code number}) was generated and archived. */
    public record PackageGenerated(long tenantId, long groupId, String groupName, long meetingId, String meetingDate,
            int number, List<Long> memberUserIds, @Nullable Long actorUserId, Instant occurredAt) {

        public PackageGenerated {
            memberUserIds = List.copyOf(memberUserIds);
        }
    }

    /** A decision on a paper was recorded (or corrected); {@code paperTitle} is null for an exempt paper. */
    public record DecisionRecorded(long tenantId, long groupId, String groupName, long meetingId, long paperId,
            String paperNumber, boolean exempt, @Nullable String paperTitle, List<Long> memberUserIds,
            @Nullable Long actorUserId, Instant occurredAt) {

        public DecisionRecorded {
            memberUserIds = List.copyOf(memberUserIds);
            if (exempt) {
                paperTitle = null;
            }
        }
    }

    /**
     * A decision on a paper approved or rejected what it proposed (recorded, or corrected while the minutes are
     * open). Published in the deciding transaction, so a module that sent the paper settles its side with it.
     */
    public record PaperSettled(long tenantId, long groupId, String groupName, long paperId, String paperNumber,
            long decisionId, DecisionOutcome outcome, String reason, java.time.LocalDate decidedOn,
            Instant occurredAt) {
    }
}

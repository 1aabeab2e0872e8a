package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Someone joined or left a steering group. Members read its exempt papers, so the chair is told of every change:
 * the notifications module listens for this and tells {@code chairUserIds} (the group's active chairs).
 */
public record SteeringMembershipChanged(long tenantId, long groupId, String groupName, long memberUserId,
        Change change, SteeringRole role, @Nullable Long actorUserId, String actorName, Instant occurredAt,
        List<Long> chairUserIds) {

    public SteeringMembershipChanged {
        chairUserIds = List.copyOf(chairUserIds);
    }

    public enum Change {
        ADDED, LEFT
    }
}

package no.samspill.notifications;

import no.samspill.steeringgroup.SteeringRoutes;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samspill.steeringgroup.SteeringEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices of steering groups, for the group's active members. A decision on an exempt paper has its own text with
 * the paper's number only: neither its title nor its content goes into a notice or a mail, only the link.
 */
@Component
class SteeringNotices {

    private final Notifier notifier;

    SteeringNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(SteeringEvents.PackageGenerated e) {
        if (!e.memberUserIds().isEmpty()) {
            notifier.post(new Notice(NoticeCategory.STEERING_GROUP, "steering-package", e.tenantId(),
                    "SteeringMeeting", e.meetingId(), SteeringRoutes.meeting(e.meetingId()),
                    List.of(e.groupName(), e.meetingDate(), String.valueOf(e.number())), Set.copyOf(e.memberUserIds()),
                    e.actorUserId(), e.occurredAt(), "v" + e.number()));
        }
    }

    @ApplicationModuleListener
    void on(SteeringEvents.DecisionRecorded e) {
        if (e.memberUserIds().isEmpty()) {
            return;
        }
        List<String> args = e.exempt() ? List.of(e.groupName(), e.paperNumber())
                : List.of(e.groupName(), e.paperNumber(), Objects.requireNonNull(e.paperTitle()));
        notifier.post(new Notice(NoticeCategory.STEERING_GROUP,
                e.exempt() ? "steering-decision-exempt" : "steering-decision", e.tenantId(), "CasePaper",
                e.paperId(), SteeringRoutes.meeting(e.meetingId()), args, Set.copyOf(e.memberUserIds()),
                e.actorUserId(), e.occurredAt(), "decided-" + e.occurredAt().toEpochMilli()));
    }
}

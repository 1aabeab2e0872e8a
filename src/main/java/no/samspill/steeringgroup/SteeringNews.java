package no.samspill.steeringgroup;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.time.TenantTime;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.Decision;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringMeeting;
import no.samspill.steeringgroup.domain.SteeringMember;
import no.samspill.steeringgroup.domain.SteeringMemberRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the steering group's events in the service's transaction, so that they are stored with the change. */
@Component
class SteeringNews {

    private final ApplicationEventPublisher events;
    private final SteeringMemberRepository members;
    private final AccessPolicy access;
    private final Clock clock;
    private final TenantTime time;

    SteeringNews(ApplicationEventPublisher events, SteeringMemberRepository members, AccessPolicy access,
            Clock clock, TenantTime time) {
        this.events = events;
        this.members = members;
        this.access = access;
        this.clock = clock;
        this.time = time;
    }

    void packageGenerated(SteeringGroup group, SteeringMeeting meeting, int number) {
        events.publishEvent(new SteeringEvents.PackageGenerated(group.getTenantId(), group.id(), group.getName(),
                meeting.id(), DateTimeFormatter.ISO_LOCAL_DATE.withZone(time.zone()).format(meeting.getStartsAt()),
                number, activeMembers(group), access.actorId(), clock.instant()));
    }

    void decided(SteeringGroup group, SteeringMeeting meeting, CasePaper paper) {
        events.publishEvent(new SteeringEvents.DecisionRecorded(group.getTenantId(), group.id(), group.getName(),
                meeting.id(), paper.id(), paper.number(), paper.isExempt(),
                paper.getTitle(), activeMembers(group), access.actorId(),
                clock.instant()));
    }

    /**
     * A decision that approves or rejects, for the module that sent the paper (the portfolio) to settle it. An
     * exempt paper's reason stays in the group: the outcome leaves it, the words do not, since the portfolio shows
     * them to invited tenants who are not members.
     */
    void settled(SteeringGroup group, CasePaper paper, Decision decision) {
        if (decision.getOutcome() != null) {
            events.publishEvent(new SteeringEvents.PaperSettled(group.getTenantId(), group.id(), group.getName(),
                    paper.id(), paper.number(), decision.id(), decision.getOutcome(),
                    paper.isExempt() ? "" : decision.getReason(),
                    decision.getDecidedOn(), clock.instant()));
        }
    }

    private List<Long> activeMembers(SteeringGroup group) {
        return members.findByGroupId(group.id()).stream().filter(SteeringMember::isActive)
                .map(SteeringMember::getUserId).sorted().toList();
    }
}

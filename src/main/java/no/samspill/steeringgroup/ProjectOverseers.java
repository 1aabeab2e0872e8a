package no.samspill.steeringgroup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.time.TenantTime;
import no.samspill.steeringgroup.domain.DecisionPoint;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMember;
import no.samspill.steeringgroup.domain.SteeringMemberRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active members of the steering groups that oversee a project, for the project's impartiality declarations
 * (who must declare, and the chair who decides on the lead's own ties). The caller has already checked that the
 * user may read the project, as with {@code ProjectFacts}.
 */
@Component
public class ProjectOverseers {

    public record Overseer(long userId, long groupId, String groupName, SteeringRole role) {
    }

    private final DecisionPointRepository points;
    private final SteeringGroupRepository groups;
    private final SteeringMemberRepository members;
    private final AuditTrail audit;
    private final TenantTime time;
    private final PeopleDirectory people;

    ProjectOverseers(DecisionPointRepository points, SteeringGroupRepository groups, SteeringMemberRepository members,
            AuditTrail audit, TenantTime time, PeopleDirectory people) {
        this.points = points;
        this.groups = groups;
        this.members = members;
        this.audit = audit;
        this.time = time;
        this.people = people;
    }

    /**
     * Ends the person's memberships of the steering groups that oversee only this project (no other project, no
     * action plan), after they were disqualified for it; today, rows kept, audited. A group that oversees other work
     * too keeps them: the impartiality gate keeps this project's papers shut for them (ADR 028). Returns how many
     * ended. The caller decided the disqualification and may do so.
     */
    @Transactional
    public int endMemberships(long projectId, long userId) {
        int ended = 0;
        Set<Long> groupIds = points.findByProjectId(projectId).stream().map(DecisionPoint::getGroupId)
                .collect(Collectors.toSet());
        for (SteeringGroup g : groups.findAllById(groupIds)) {
            boolean onlyThis = g.getPlans().isEmpty() && !points.existsByGroupIdAndProjectIdNot(g.id(), projectId);
            if (!onlyThis) {
                continue;
            }
            for (SteeringMember m : members.findByGroupId(g.id())) {
                if (m.getUserId() == userId && m.isActive()) {
                    m.leave(time.today(), time.today());
                    audit.recordIn(g.getTenantId(), "steering.member-left", "SteeringGroup", g.id(),
                            FieldChange.set("member", people.names(List.of(userId)).getOrDefault(userId,
                                    String.valueOf(userId))), FieldChange.set("memberUserId", userId),
                            FieldChange.set("leftOn", time.today()),
                            FieldChange.set("reason", "impartiality"));
                    ended++;
                }
            }
        }
        return ended;
    }

    @Transactional(readOnly = true)
    public List<Overseer> overseers(long projectId) {
        Set<Long> groupIds = points.findByProjectId(projectId).stream().map(DecisionPoint::getGroupId)
                .collect(Collectors.toSet());
        return groups.findAllById(groupIds).stream().flatMap(g -> members.findByGroupId(g.id()).stream()
                .filter(SteeringMember::isActive)
                .map(m -> new Overseer(m.getUserId(), g.id(), g.getName(), m.getRole()))).toList();
    }
}

package no.samspill.steeringgroup;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.steeringgroup.domain.DecisionPoint;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
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

    ProjectOverseers(DecisionPointRepository points, SteeringGroupRepository groups, SteeringMemberRepository members) {
        this.points = points;
        this.groups = groups;
        this.members = members;
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

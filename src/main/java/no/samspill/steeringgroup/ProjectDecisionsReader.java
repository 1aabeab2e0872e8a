package no.samspill.steeringgroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.procurement.ProjectService;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.Decision;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.DecisionRepository;
import no.samspill.steeringgroup.domain.PointState;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMember;
import no.samspill.steeringgroup.domain.SteeringMemberRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The project page's steering tab: a project's decision points and the decisions about it, each kind read in one
 * query whatever their number (the points with their state, the groups' names, a page of the decisions with their
 * papers). Which decisions the reader may read is the query's: one on an exempt paper only for a member of its group.
 */
@Component
class ProjectDecisionsReader {

    /** Stands in for no group: an empty list in "in" is not portable JPQL. */
    private static final List<Long> NONE = List.of(-1L);

    private final SteeringAccess access;
    private final SteeringGroupRepository groups;
    private final SteeringMemberRepository members;
    private final DecisionPointRepository points;
    private final DecisionRepository decisions;
    private final ProjectService projects;

    ProjectDecisionsReader(SteeringAccess access, SteeringGroupRepository groups, SteeringMemberRepository members,
            DecisionPointRepository points, DecisionRepository decisions, ProjectService projects) {
        this.access = access;
        this.groups = groups;
        this.members = members;
        this.points = points;
        this.decisions = decisions;
        this.projects = projects;
    }

    /**
     * The decision points of a project and the first page of the decisions about it, for anyone who may read the
     * project. A decision on an exempt paper shows only to members of its group, and so does a point's state when it
     * rests on one.
     */
    ProjectDecisions forProject(long projectId) {
        requireReadable(projectId);
        List<Long> memberOf = memberOf();
        List<PointState> all = points.statesOfProject(projectId);
        Map<Long, String> groupNames = all.isEmpty() ? Map.of() : groups.findAllById(all.stream()
                .map(PointState::groupId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SteeringGroup::id, SteeringGroup::getName));
        List<ProjectDecisions.Point> list = new ArrayList<>();
        for (PointState d : all) {
            OverseenProject.DecisionPointRow seen = DecisionGate.seen(d, memberOf.contains(d.groupId()));
            list.add(new ProjectDecisions.Point(groupNames.getOrDefault(d.groupId(), "–"), d.beforePhase(),
                    d.kind(), seen.met(), seen.withheld()));
        }
        List<DecisionRow> first = rows(projectId, memberOf, 0, SteeringRules.DECISION_PAGE);
        long total = first.size() < SteeringRules.DECISION_PAGE ? first.size()
                : decisions.countAboutProject(projectId, memberOf);
        return new ProjectDecisions(list, first, total);
    }

    /** A page of the decisions about the project the reader may read, by paper, then as decided. */
    List<DecisionRow> decisions(long projectId, long offset, int limit) {
        requireReadable(projectId);
        return rows(projectId, memberOf(), offset, limit);
    }

    private List<DecisionRow> rows(long projectId, List<Long> memberOf, long offset, int limit) {
        return decisions.aboutProject(projectId, memberOf, OffsetLimit.of(offset, limit, Sort.unsorted())).stream()
                .map(r -> CasePaperService.row((Decision) r[0], (CasePaper) r[1], false)).toList();
    }

    private void requireReadable(long projectId) {
        if (projects.refs(List.of(projectId)).isEmpty()) {
            throw new NotFoundException();
        }
    }

    /** The groups whose exempt papers the user reads: those they are an active member of, read once. */
    private List<Long> memberOf() {
        Long me = access.current().userId();
        Set<Long> ids = me == null ? Set.of() : members.findByUserId(me).stream().filter(SteeringMember::isActive)
                .map(SteeringMember::getGroupId).collect(Collectors.toSet());
        return ids.isEmpty() ? NONE : List.copyOf(ids);
    }
}

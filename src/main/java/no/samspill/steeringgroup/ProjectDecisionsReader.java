package no.samspill.steeringgroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.procurement.ProjectService;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.Decision;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.DecisionRepository;
import no.samspill.steeringgroup.domain.PointState;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMember;
import no.samspill.steeringgroup.domain.SteeringMemberRepository;
import org.springframework.stereotype.Component;

import static no.samspill.platform.Lookups.present;

/**
 * The project page's steering tab: a project's decision points and the decisions about it, each kind read in one
 * query whatever their number (the points with their state, the groups' names, the papers and their decisions).
 */
@Component
class ProjectDecisionsReader {

    private final SteeringAccess access;
    private final SteeringGroupRepository groups;
    private final SteeringMemberRepository members;
    private final DecisionPointRepository points;
    private final CasePaperRepository papers;
    private final DecisionRepository decisions;
    private final ProjectService projects;

    ProjectDecisionsReader(SteeringAccess access, SteeringGroupRepository groups, SteeringMemberRepository members,
            DecisionPointRepository points, CasePaperRepository papers,
            DecisionRepository decisions, ProjectService projects) {
        this.access = access;
        this.groups = groups;
        this.members = members;
        this.points = points;
        this.papers = papers;
        this.decisions = decisions;
        this.projects = projects;
    }

    /**
     * The decision points of a project and the decisions about it, for anyone who may read the project. A decision
     * on an exempt paper shows only to members of its group, and so does a point's state when it rests on one.
     */
    ProjectDecisions forProject(long projectId) {
        if (projects.refs(List.of(projectId)).isEmpty()) {
            throw new NotFoundException();
        }
        // the groups whose exempt papers the user reads: those they are an active member of, read once
        Long me = access.current().userId();
        Set<Long> memberOf = me == null ? Set.of() : members.findByUserId(me).stream().filter(SteeringMember::isActive)
                .map(SteeringMember::getGroupId).collect(Collectors.toSet());
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
        List<CasePaper> readable = papers.findByProjectId(projectId).stream()
                .filter(p -> !p.isExempt() || memberOf.contains(p.getGroupId())).toList();
        Map<Long, CasePaper> byId = readable.stream().collect(Collectors.toMap(CasePaper::id, p -> p));
        List<DecisionRow> made = readable.isEmpty() ? List.of() : decisions.findByPaperIdIn(byId.keySet()).stream()
                .sorted(Comparator.comparing((Decision d) -> readable.indexOf(byId.get(d.getPaperId())))
                        .thenComparing(Decision::getDecidedOn).thenComparing(Decision::id))
                .map(d -> CasePaperService.row(d, present(byId, d.getPaperId()), false)).toList();
        return new ProjectDecisions(list, made);
    }
}

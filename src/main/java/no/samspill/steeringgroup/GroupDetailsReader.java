package no.samspill.steeringgroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.PointState;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringMember;
import org.springframework.stereotype.Component;

/**
 * A steering group's details as its page shows them, read in a fixed number of queries whatever the group holds:
 * the members' names at once, the decision points with their state in one aggregate query (no paper or decision is
 * loaded for it), the projects' names by their ids, and the plans' counts in one grouped query. The caller has
 * checked access.
 */
@Component
class GroupDetailsReader {

    private final DecisionPointRepository points;
    private final ProjectService projects;
    private final ActionPlanService actionPlans;
    private final PeopleDirectory people;

    GroupDetailsReader(DecisionPointRepository points, ProjectService projects, ActionPlanService actionPlans,
            PeopleDirectory people) {
        this.points = points;
        this.projects = projects;
        this.actionPlans = actionPlans;
        this.people = people;
    }

    SteeringGroupDetails details(SteeringAccess.Reader reader) {
        return page(reader, Set.of()).details();
    }

    /** The details, and the names of their projects and of the other projects asked for, read in one query. */
    record Page(SteeringGroupDetails details, Map<Long, ProjectOption> projects) {
    }

    /** The details; {@code alsoProjects} are the projects of the page's first papers, named in the same query. */
    Page page(SteeringAccess.Reader reader, Collection<Long> alsoProjects) {
        SteeringGroup g = reader.group();
        List<PointState> all = points.statesOfGroup(g.id());
        Set<Long> projectIds = new HashSet<>(alsoProjects);
        all.forEach(d -> projectIds.add(d.projectId()));
        Map<Long, ProjectOption> refs = projects.refs(projectIds);
        Map<Long, List<OverseenProject.DecisionPointRow>> byProject = new LinkedHashMap<>();
        for (PointState point : all) {
            byProject.computeIfAbsent(point.projectId(), k -> new ArrayList<>())
                    .add(DecisionGate.seen(point, reader.readsExempt()));
        }
        List<OverseenProject> overseen = new ArrayList<>();
        byProject.forEach((projectId, pointRows) -> {
            ProjectOption p = refs.get(projectId);
            if (p != null) {
                overseen.add(new OverseenProject(p.id(), p.reference(), p.title(), p.phase(), pointRows));
            }
        });
        overseen.sort(Comparator.comparing(OverseenProject::reference));
        List<OverseenPlan> plans = actionPlans.plans(g.getPlans()).stream().map(p -> new OverseenPlan(p.id(),
                p.title(), p.total(), p.overdue())).sorted(Comparator.comparing(OverseenPlan::title)).toList();
        SteeringGroupDetails details = new SteeringGroupDetails(g.id(), g.getVersion(), g.getName(), g.mandate(),
                members(reader.members()), overseen, plans, reader.manages());
        return new Page(details, refs);
    }

    private List<SteeringMemberRow> members(List<SteeringMember> list) {
        Map<Long, String> names = people.names(list.stream().map(SteeringMember::getUserId).toList());
        return list.stream().map(m -> new SteeringMemberRow(m.id(), m.getVersion(), m.getUserId(),
                        names.getOrDefault(m.getUserId(), "–"), m.getRole(), m.getJoinedOn(), m.getLeftOn()))
                .sorted(Comparator.comparing(SteeringMemberRow::active).reversed()
                        .thenComparing(SteeringMemberRow::role).thenComparing(SteeringMemberRow::name))
                .toList();
    }
}

package no.samspill.steeringgroup;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringMember;
import org.springframework.stereotype.Component;

/**
 * A steering group's details as its page shows them, read in a fixed number of queries whatever the group holds:
 * the members' names at once, the first page of the overseen projects with their decision points' state in one
 * aggregate query (no paper or decision is loaded for it, see {@link OverseenProjects}), and the plans' counts in
 * one grouped query. The caller has checked access.
 */
@Component
class GroupDetailsReader {

    private final OverseenProjects overseenProjects;
    private final ProjectService projects;
    private final ActionPlanService actionPlans;
    private final PeopleDirectory people;

    GroupDetailsReader(OverseenProjects overseenProjects, ProjectService projects, ActionPlanService actionPlans,
            PeopleDirectory people) {
        this.overseenProjects = overseenProjects;
        this.projects = projects;
        this.actionPlans = actionPlans;
        this.people = people;
    }

    SteeringGroupDetails details(SteeringAccess.Reader reader) {
        return page(reader, List.of()).details();
    }

    /** The details, and the names of the other projects asked for, read in one query. */
    record Page(SteeringGroupDetails details, Map<Long, ProjectOption> projects) {
    }

    /** The details; {@code alsoProjects} are the projects of the page's first papers, named in one query. */
    Page page(SteeringAccess.Reader reader, Collection<Long> alsoProjects) {
        SteeringGroup g = reader.group();
        OverseenProjects.First overseen = overseenProjects.first(reader);
        Map<Long, ProjectOption> refs = projects.refs(alsoProjects);
        List<OverseenPlan> plans = actionPlans.plans(g.getPlans()).stream().map(p -> new OverseenPlan(p.id(),
                p.title(), p.total(), p.overdue())).sorted(Comparator.comparing(OverseenPlan::title)).toList();
        SteeringGroupDetails details = new SteeringGroupDetails(g.id(), g.getVersion(), g.getName(), g.mandate(),
                members(reader.members()), overseen.rows(), overseen.total(), plans, reader.manages());
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

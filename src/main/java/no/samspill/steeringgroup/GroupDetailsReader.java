package no.samspill.steeringgroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.identity.PeopleDirectory;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.DecisionPoint;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringMember;
import org.springframework.stereotype.Component;

/**
 * A steering group's details as its page shows them, read in a fixed number of queries whatever the group holds:
 * the members' names at once, the decision points with the group's papers, their decisions and meetings at once,
 * the projects' names by their ids, and the plans' counts in one grouped query. The caller has checked access.
 */
@Component
class GroupDetailsReader {

    private final DecisionPointRepository points;
    private final CasePaperRepository papers;
    private final DecisionGate gate;
    private final ProjectService projects;
    private final ActionPlanService actionPlans;
    private final PeopleDirectory people;

    GroupDetailsReader(DecisionPointRepository points, CasePaperRepository papers, DecisionGate gate,
            ProjectService projects, ActionPlanService actionPlans, PeopleDirectory people) {
        this.points = points;
        this.papers = papers;
        this.gate = gate;
        this.projects = projects;
        this.actionPlans = actionPlans;
        this.people = people;
    }

    SteeringGroupDetails details(SteeringAccess.Reader reader) {
        return page(reader).details();
    }

    /** The details, and what the page's paper list needs of the same reads: the group's papers and project names. */
    record Page(SteeringGroupDetails details, List<CasePaper> papers, Map<Long, ProjectOption> projects) {
    }

    Page page(SteeringAccess.Reader reader) {
        SteeringGroup g = reader.group();
        List<CasePaper> groupPapers = papers.findByGroupIdOrderByYearDescSeqDesc(g.id());
        List<DecisionPoint> all = points.findByGroupId(g.id());
        Set<Long> projectIds = new HashSet<>();
        all.forEach(d -> projectIds.add(d.getProjectId()));
        groupPapers.stream().map(CasePaper::getProjectId).filter(Objects::nonNull).forEach(projectIds::add);
        Map<Long, ProjectOption> refs = projects.refs(projectIds);
        // a point rests only on its own group's papers, which the page reads anyway
        List<OverseenProject.DecisionPointRow> seen = gate.asSeenBy(all, group -> reader.readsExempt(), groupPapers);
        Map<Long, List<OverseenProject.DecisionPointRow>> byProject = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byProject.computeIfAbsent(all.get(i).getProjectId(), k -> new ArrayList<>()).add(seen.get(i));
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
        return new Page(details, groupPapers, refs);
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

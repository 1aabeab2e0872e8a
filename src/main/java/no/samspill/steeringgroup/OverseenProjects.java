package no.samspill.steeringgroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.steeringgroup.domain.DecisionPointRepository;
import no.samspill.steeringgroup.domain.PointState;
import org.springframework.stereotype.Component;

/**
 * The projects a group oversees as its page lists them, a page at a time by reference: the page of projects comes
 * from the projects' own query (which leaves out any the reader may not read), then the decision points of just
 * those projects with their state in one aggregate query. A group overseeing hundreds of projects reads a page of
 * them and their points, not all. The caller has checked access.
 */
@Component
class OverseenProjects {

    private final DecisionPointRepository points;
    private final ProjectService projects;

    OverseenProjects(DecisionPointRepository points, ProjectService projects) {
        this.points = points;
        this.projects = projects;
    }

    /** The ids of the projects the group oversees: what the projects' page query pages through. */
    List<Long> ids(SteeringAccess.Reader reader) {
        return points.projectsOfGroup(reader.group().id());
    }

    List<OverseenProject> page(SteeringAccess.Reader reader, List<Long> ids, long offset, int limit) {
        List<ProjectOption> page = projects.refs(ids, offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OverseenProject.DecisionPointRow>> byProject = new LinkedHashMap<>();
        for (PointState point : points.statesOfGroupAmong(reader.group().id(),
                page.stream().map(ProjectOption::id).toList())) {
            byProject.computeIfAbsent(point.projectId(), k -> new ArrayList<>())
                    .add(DecisionGate.seen(point, reader.readsExempt()));
        }
        return page.stream().map(p -> new OverseenProject(p.id(), p.reference(), p.title(), p.phase(),
                byProject.getOrDefault(p.id(), List.of()))).toList();
    }

    /** The first page, counted only when it is full. */
    record First(List<OverseenProject> rows, long total) {
    }

    First first(SteeringAccess.Reader reader) {
        List<Long> ids = ids(reader);
        List<OverseenProject> rows = page(reader, ids, 0, SteeringRules.OVERSEEN_PAGE);
        return new First(rows, rows.size() < SteeringRules.OVERSEEN_PAGE ? rows.size() : projects.countRefs(ids));
    }

    long count(SteeringAccess.Reader reader) {
        return projects.countRefs(ids(reader));
    }
}

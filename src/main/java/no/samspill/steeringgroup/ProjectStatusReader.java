package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samspill.procurement.ProjectFacts;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gathers a project's live status from every feature that reports facts (market dialogue, reviews, action plans).
 * The project is read through the project service first, so only a project the user may read is reported on.
 */
@Component
class ProjectStatusReader {

    private final ProjectService projects;
    private final List<ProjectFacts> sources;

    ProjectStatusReader(ProjectService projects, List<ProjectFacts> sources) {
        this.projects = projects;
        this.sources = sources.stream().sorted(Comparator.comparingInt(ProjectFacts::order)).toList();
    }

    ProjectStatus read(long projectId, @Nullable Instant since) {
        ProjectSummary p = projects.get(projectId);
        List<ProjectFacts.Fact> facts = new ArrayList<>();
        List<ProjectFacts.StatusLine> lines = new ArrayList<>();
        for (ProjectFacts source : sources) {
            ProjectFacts.Facts f = source.facts(projectId, since);
            facts.addAll(f.facts());
            lines.addAll(f.lines());
        }
        return new ProjectStatus(p.id(), p.reference(), p.title(), p.phase(), facts, lines);
    }
}

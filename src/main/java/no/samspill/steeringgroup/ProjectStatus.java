package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectFacts;

/** A linked project's live status for a case paper or a package: phase, figures and action-plan lines. */
public record ProjectStatus(long projectId, String reference, String title, Phase phase,
        List<ProjectFacts.Fact> facts, List<ProjectFacts.StatusLine> lines) {

    public ProjectStatus {
        facts = List.copyOf(facts);
        lines = List.copyOf(lines);
    }
}

package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectFacts;
import org.jspecify.annotations.Nullable;

/** One status page of a package: a linked project (with its phase) or an overseen action plan. */
record StatusPage(String heading, @Nullable Phase phase, List<ProjectFacts.Fact> facts,
        List<ProjectFacts.StatusLine> lines) {

    StatusPage {
        facts = List.copyOf(facts);
        lines = List.copyOf(lines);
    }

    static StatusPage of(ProjectStatus s) {
        return new StatusPage(s.reference() + " " + s.title(), s.phase(), s.facts(), s.lines());
    }
}

package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.procurement.Phase;

/** A project the group oversees, its phase, and the decisions it needs before later phases. */
public record OverseenProject(long projectId, String reference, String title, Phase phase,
        List<DecisionPointRow> decisionPoints) {

    public OverseenProject {
        decisionPoints = List.copyOf(decisionPoints);
    }

    /**
     * A decision point: before the phase, a decision of the kind, and whether one has been made; {@code withheld}
     * (and not met) when only an exempt paper the reader may not see could tell.
     */
    public record DecisionPointRow(Phase beforePhase, DecisionKind kind, boolean met, boolean withheld) {
    }
}

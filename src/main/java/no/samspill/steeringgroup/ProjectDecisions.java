package no.samspill.steeringgroup;

import java.util.List;
import no.samspill.procurement.Phase;

/**
 * What the project page shows of its steering: the decision points it must pass, and the first page of the decisions
 * made about it with how many there are (the tab reads further pages on demand).
 */
public record ProjectDecisions(List<Point> points, List<DecisionRow> decisions, long decisionCount) {

    public ProjectDecisions {
        points = List.copyOf(points);
        decisions = List.copyOf(decisions);
    }

    /**
     * Before the phase, a decision of the kind by the group; met or still missing, or {@code withheld} (and not met)
     * when only an exempt paper the reader may not see could tell.
     */
    public record Point(String groupName, Phase beforePhase, DecisionKind kind, boolean met, boolean withheld) {
    }
}

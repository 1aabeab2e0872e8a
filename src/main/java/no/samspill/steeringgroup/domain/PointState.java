package no.samspill.steeringgroup.domain;

import no.samspill.procurement.Phase;
import no.samspill.steeringgroup.DecisionKind;

/**
 * A decision point with what its group's papers about the project say of it, read in the query: {@code met} when
 * the standing decision of one of them is of the point's kind, {@code metOpenly} when one that is not exempt does,
 * {@code exemptBehind} when any of them is exempt.
 */
public record PointState(long id, long groupId, long projectId, Phase beforePhase, DecisionKind kind, boolean met,
        boolean metOpenly, boolean exemptBehind) {
}

package no.samspill.portfolio;

import java.util.List;

/**
 * The intake tab: the board's weights, the proposals ranked (mandatory first), the merges, newest first, and what the
 * reader may do.
 */
public record Intake(CriteriaWeights weights, List<ProposalRow> proposals, List<MergeRow> merges, boolean manages) {

    public Intake {
        proposals = List.copyOf(proposals);
        merges = List.copyOf(merges);
    }
}

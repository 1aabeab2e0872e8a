package no.samspill.portfolio;

import java.util.List;

/** The intake tab: the board's weights, the proposals ranked (mandatory first), and what the reader may do. */
public record Intake(CriteriaWeights weights, List<ProposalRow> proposals, boolean manages, boolean proposes) {

    public Intake {
        proposals = List.copyOf(proposals);
    }
}

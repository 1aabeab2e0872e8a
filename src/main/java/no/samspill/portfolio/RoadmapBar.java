package no.samspill.portfolio;

import java.util.List;

/** One initiative on the roadmap, with its checkpoints as markers. */
public record RoadmapBar(InitiativeRow initiative, List<CheckpointRow> checkpoints) {

    public RoadmapBar {
        checkpoints = List.copyOf(checkpoints);
    }
}

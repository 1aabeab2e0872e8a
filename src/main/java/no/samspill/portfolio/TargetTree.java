package no.samspill.portfolio;

import java.util.List;

/** One version of the target picture with its goals in tree order (each area, then its goals and their sub-goals). */
public record TargetTree(TargetVersionRow version, List<GoalNode> goals, boolean editable) {

    public TargetTree {
        goals = List.copyOf(goals);
    }
}

package no.samspill.portfolio;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * The goal coverage matrix: goals of the current target picture × the filtered initiatives, the weight in each cell,
 * and the goals no initiative serves (a goal counts as served when a sub-goal under it is) and the initiatives that
 * serve no goal.
 */
public record Coverage(List<GoalNode> goals, List<InitiativeRow> initiatives, Map<String, Map<Long, Weight>> weights,
        Set<String> unservedGoals, Set<Long> initiativesWithoutGoal) {

    public Coverage {
        goals = List.copyOf(goals);
        initiatives = List.copyOf(initiatives);
        weights = Map.copyOf(weights);
        unservedGoals = Set.copyOf(unservedGoals);
        initiativesWithoutGoal = Set.copyOf(initiativesWithoutGoal);
    }

    public Optional<Weight> weight(String goalKey, long initiativeId) {
        return Optional.ofNullable(weights.getOrDefault(goalKey, Map.of()).get(initiativeId));
    }
}

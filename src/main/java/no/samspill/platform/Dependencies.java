package no.samspill.platform;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dependency graph as plain ids: node id to the ids it depends on. No Spring, no database, so the rules on it are
 * tested on their own. Shared by the action plan's items and the portfolio's initiatives, which refuse cycles alike.
 */
public final class Dependencies {

    private final Map<Long, Set<Long>> dependsOn;

    public Dependencies(Map<Long, Set<Long>> dependsOn) {
        this.dependsOn = Map.copyOf(dependsOn);
    }

    /** Whether all the given ids are items of the plan. */
    public boolean knows(Collection<Long> ids) {
        return dependsOn.keySet().containsAll(ids);
    }

    /** Whether the item, given these dependencies, could reach itself through the plan's dependencies. */
    public boolean createsCycle(long itemId, Set<Long> newDependencies) {
        Deque<Long> todo = new ArrayDeque<>(newDependencies);
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == itemId) {
                return true;
            }
            if (seen.add(next) && dependsOn.containsKey(next)) {
                todo.addAll(dependsOn.get(next));
            }
        }
        return false;
    }

    /** The items that depend directly on the given one, which must change before it can go. */
    public List<Long> dependantsOf(long itemId) {
        return dependsOn.entrySet().stream().filter(e -> e.getValue().contains(itemId)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}

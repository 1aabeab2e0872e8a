package no.samspill.portfolio;

import org.jspecify.annotations.Nullable;

/** An area, goal or sub-goal; the key is the same goal across versions. */
public record GoalNode(long id, String key, @Nullable String parentKey, GoalLevel level, String title,
        String description) {
}

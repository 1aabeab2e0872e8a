package no.samspill.actionplan;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An item's description. For a new item, number is either a full number (A1.3) or a group and number (A1), after
 * which the next free sub-number is given; an existing item keeps its number.
 */
public record ItemForm(String number, String title, String description, String measure, String responsible,
        @Nullable Long projectId, Set<Long> dependsOn) {

    public ItemForm {
        dependsOn = Set.copyOf(dependsOn);
    }
}

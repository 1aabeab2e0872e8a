package no.samspill.portfolio;

import org.jspecify.annotations.Nullable;

/** The board's weight per criterion (0 to 10) and the version the secretary read; null where a form left it empty. */
public record CriteriaWeights(long version, @Nullable Integer benefit, @Nullable Integer cost, @Nullable Integer risk,
        @Nullable Integer fit) {
}

package no.samspill.portfolio;

import org.jspecify.annotations.Nullable;

/**
 * A proposal's scores (1 to 5; null where the form left one empty) and whether a legal or safety duty makes it
 * mandatory, with the duty named.
 */
public record ScoreForm(@Nullable Integer benefit, @Nullable Integer cost, @Nullable Integer risk,
        @Nullable Integer fit, boolean mandatory, String basis) {
}

package no.samspill.portfolio;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version of the target picture: its number, state, and who adopted it when. */
public record TargetVersionRow(long id, long version, int number, String title, TargetState state,
        @Nullable Instant adoptedAt, @Nullable String adoptedBy) {
}

package no.samspill.procurement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One move between phases: who, when, and an optional note. */
public record PhaseChange(@Nullable Phase from, Phase to, Instant changedAt, String changedBy, String note) {
}

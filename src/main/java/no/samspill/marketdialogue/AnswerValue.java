package no.samspill.marketdialogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A saved answer with its version, so a second user's stale save is refused rather than lost. */
public record AnswerValue(long questionId, long version, @Nullable String text, @Nullable BigDecimal number,
        @Nullable Boolean yes, List<String> choices, Instant updatedAt, String updatedBy) {

    public AnswerValue {
        choices = List.copyOf(choices);
    }
}

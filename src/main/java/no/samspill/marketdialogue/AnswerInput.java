package no.samspill.marketdialogue;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A supplier's answer to one question; only the field of the question's type is read. */
public record AnswerInput(@Nullable String text, @Nullable BigDecimal number, @Nullable Boolean yes,
        Set<String> choices) {

    public AnswerInput {
        choices = Set.copyOf(choices);
    }

    public static AnswerInput text(String text) {
        return new AnswerInput(text, null, null, Set.of());
    }

    public static AnswerInput number(@Nullable BigDecimal number) {
        return new AnswerInput(null, number, null, Set.of());
    }

    public static AnswerInput yesNo(@Nullable Boolean yes) {
        return new AnswerInput(null, null, yes, Set.of());
    }

    public static AnswerInput choices(Set<String> choices) {
        return new AnswerInput(null, null, null, choices);
    }
}

package no.samspill.marketdialogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the questionnaire builder sends for a new or changed question. */
public record QuestionForm(String text, QuestionType type, @Nullable Integer maxLength, @Nullable String unit,
        List<String> options, boolean required) {

    public QuestionForm {
        options = List.copyOf(options);
    }
}

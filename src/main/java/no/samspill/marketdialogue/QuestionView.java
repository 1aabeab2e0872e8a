package no.samspill.marketdialogue;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question as forms and the matrix show it; the number (e.g. 2.3) follows section and position. */
public record QuestionView(long id, long version, long sectionId, String number, String text, QuestionType type,
        @Nullable Integer maxLength, @Nullable String unit, List<String> options, boolean required) {

    public QuestionView {
        options = List.copyOf(options);
    }
}

package no.samspill.marketdialogue;

import java.math.BigDecimal;
import java.util.Set;
import no.samspill.platform.i18n.ValidationException;
import org.jspecify.annotations.Nullable;

/** Checks an answer against its question: length limits, numbers, and choices that the question offers. */
final class AnswerRules {

    /** Fits the DECIMAL(19,4) column. */
    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e15");

    private AnswerRules() {
    }

    static AnswerInput validate(QuestionView q, AnswerInput in) {
        return switch (q.type()) {
            case FREE_TEXT -> {
                String text = in.text() == null ? "" : in.text().strip();
                int max = q.maxLength() == null ? DialogueRules.FREE_TEXT_DEFAULT : q.maxLength();
                if (text.length() > max) {
                    throw new ValidationException("response.error.too-long", q.number(), max, text.length());
                }
                yield AnswerInput.text(text);
            }
            case NUMBER -> {
                if (in.number() != null && (in.number().abs().compareTo(NUMBER_LIMIT) >= 0
                        || in.number().scale() > 4)) {
                    throw new ValidationException("response.error.number", q.number());
                }
                yield AnswerInput.number(in.number());
            }
            case YES_NO -> AnswerInput.yesNo(in.yes());
            case FILE -> throw new ValidationException("response.error.file-upload", q.number());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Set<String> chosen = in.choices();
                if (!q.options().containsAll(chosen)) {
                    throw new ValidationException("response.error.choice", q.number());
                }
                if (q.type() == QuestionType.SINGLE_CHOICE && chosen.size() > 1) {
                    throw new ValidationException("response.error.single-choice", q.number());
                }
                yield AnswerInput.choices(chosen);
            }
        };
    }

    /** What goes into the text column: the free text, or the chosen options in the question's order. */
    static @Nullable String text(QuestionView q, AnswerInput valid) {
        if (q.type() == QuestionType.FREE_TEXT) {
            return valid.text() == null || valid.text().isEmpty() ? null : valid.text();
        }
        if (q.type().hasOptions()) {
            String joined = String.join("\n", q.options().stream().filter(valid.choices()::contains).toList());
            return joined.isEmpty() ? null : joined;
        }
        return null;
    }
}

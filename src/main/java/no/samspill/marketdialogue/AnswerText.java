package no.samspill.marketdialogue;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;

/** An answer as text, the same on screen and in exports; words such as yes/no come from the caller's bundle. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String of(QuestionView q, AnswerValue a, Locale locale, Function<String, String> translate) {
        return switch (q.type()) {
            case FREE_TEXT, FILE -> a.text() == null ? "" : a.text();
            case NUMBER -> a.number() == null ? "" : NumberFormat.getNumberInstance(locale).format(a.number())
                    + (q.unit() == null ? "" : " " + q.unit());
            case YES_NO -> a.yes() == null ? "" : translate.apply(a.yes() ? "common.yes" : "common.no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(", ", a.choices());
        };
    }
}

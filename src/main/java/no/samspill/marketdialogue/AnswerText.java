package no.samspill.marketdialogue;

import java.text.NumberFormat;
import no.samspill.platform.i18n.Translator;

/** An answer as text, the same on screen and in exports; words such as yes/no come from the caller's bundle. */
public final class AnswerText {

    private AnswerText() {
    }

    public static String of(QuestionView q, AnswerValue a, Translator t) {
        return switch (q.type()) {
            case FREE_TEXT, FILE -> a.text() == null ? "" : a.text();
            case NUMBER -> a.number() == null ? "" : NumberFormat.getNumberInstance(t.locale()).format(a.number())
                    + (q.unit() == null ? "" : " " + q.unit());
            case YES_NO -> a.yes() == null ? "" : t.text(a.yes() ? "common.yes" : "common.no");
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(", ", a.choices());
        };
    }
}

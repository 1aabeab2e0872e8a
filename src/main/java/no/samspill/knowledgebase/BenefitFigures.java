package no.samspill.knowledgebase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the figures a results text names: "23 pct.", "266 mio. kr.", "4 mio. kr.", "halvdelen" is not one. Each
 * comes with the sentence it stands in, as a first guess at what it measures; a person corrects and confirms it.
 */
final class BenefitFigures {

    /** A proposal: the text as written, the amount, the unit and the sentence around it. */
    record Found(String sourceText, BigDecimal amount, BenefitUnit unit, String measures) {
    }

    static final int MEASURES_MAX = 300;

    private static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,3}(?:[. ]\\d{3})*(?:,\\d+)?|"
            + "\\d+(?:[.,]\\d+)?)\\s*(pct\\.?|procent|prosent|%|mia\\.?\\s*kr\\.?|mio\\.?\\s*kr\\.?|mill\\.?\\s*kr\\.?"
            + "|t\\.?\\s*kr\\.?|kr\\.?|mio\\.?\\s*euro|mio\\.?\\s*€|euro|€|dage|dager|timer)(?![\\p{L}])");

    private BenefitFigures() {
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            BigDecimal amount = amount(m.group(1));
            if (amount == null) {
                continue;
            }
            found.add(new Found(m.group().strip(), amount, unit(m.group(2)), sentence(text, m.start(), m.end())));
        }
        return found;
    }

    private static @Nullable BigDecimal amount(String digits) {
        String plain = digits.replace(" ", "");
        // Danish and Norwegian write 1.300 for a thousand three hundred and 2,5 for two and a half
        plain = plain.matches("\\d{1,3}(\\.\\d{3})+") ? plain.replace(".", "") : plain.replace(",", ".");
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BenefitUnit unit(String written) {
        String u = written.toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
        return switch (u) {
            case "pct", "procent", "prosent", "%" -> BenefitUnit.PERCENT;
            case "miakr" -> BenefitUnit.BILLION_DKK;
            case "miokr", "millkr" -> BenefitUnit.MILLION_DKK;
            case "tkr" -> BenefitUnit.THOUSAND_DKK;
            case "kr" -> BenefitUnit.DKK;
            case "mioeuro", "mio€" -> BenefitUnit.MILLION_EUR;
            case "euro", "€" -> BenefitUnit.EUR;
            case "dage", "dager" -> BenefitUnit.DAYS;
            case "timer" -> BenefitUnit.HOURS;
            default -> BenefitUnit.OTHER;
        };
    }

    /** The sentence around the figure: from the last sentence end before it to the next one after it. */
    private static String sentence(String text, int start, int end) {
        int from = start;
        while (from > 0 && !sentenceEnd(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !sentenceEnd(text, to)) {
            to++;
        }
        String s = text.substring(from, Math.min(text.length(), to + 1)).strip();
        return s.length() > MEASURES_MAX ? s.substring(0, MEASURES_MAX - 1) + "…" : s;
    }

    /** A full stop followed by a space and a capital letter, or a line break: "23 pct. ift." is no end. */
    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isUpperCase(text.charAt(i + 2));
    }
}

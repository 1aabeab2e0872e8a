package no.samspill.platform.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts as people write them: "12 500 000", "12.500.000" or "12 500 000,50" in Norwegian and Danish,
 * "12,500,000.50" in English. Spaces of every kind group digits in all languages; the other sign is a group
 * separator only where it separates groups of three, so "12,5" stays twelve and a half in nb and da.
 */
public final class Amounts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f\\u2009']");

    private Amounts() {
    }

    /** The amount in the text, or empty when the text is not one (blank text is empty too). */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        String s = SPACES.matcher(text).replaceAll("").replace('\u2212', '-');
        if (s.isEmpty()) {
            return Optional.empty();
        }
        boolean english = "en".equals(locale.getLanguage());
        char decimal = english ? '.' : ',';
        char group = english ? ',' : '.';
        int point = s.lastIndexOf(decimal);
        String whole = point < 0 ? s : s.substring(0, point);
        String fraction = point < 0 ? "" : s.substring(point + 1);
        if (whole.indexOf(group) >= 0) {
            if (!whole.matches("-?\\d{1,3}(\\" + group + "\\d{3})+")) {
                return Optional.empty();
            }
            whole = whole.replace(String.valueOf(group), "");
        }
        if (!whole.matches("-?\\d+") || !fraction.matches("\\d*")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction));
    }

    /** The amount grouped as the reader writes it: "12 500 000" in nb and da, "12,500,000" in en. */
    public static String format(BigDecimal amount, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (!"en".equals(locale.getLanguage())) {
            // nb's own grouping sign is a non-breaking space; a plain one pastes back everywhere
            symbols.setGroupingSeparator(' ');
            symbols.setDecimalSeparator(',');
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}

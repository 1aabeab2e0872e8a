package no.samspill.procurement;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Limits the domain enforces; forms reuse them. */
public final class ProjectRules {

    public static final int REFERENCE_MAX = 30;
    public static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z/._-]{0,29}");
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int NOTE_MAX = 1_000;
    public static final BigDecimal VALUE_MAX = new BigDecimal("9999999999999.99");

    private ProjectRules() {
    }

    /** The currency a tenant's amounts are in, by its country. */
    static String currencyOf(String country) {
        return switch (country) {
            case "DK" -> "DKK";
            case "SE" -> "SEK";
            case "FI" -> "EUR";
            case "IS" -> "ISK";
            default -> "NOK";
        };
    }
}

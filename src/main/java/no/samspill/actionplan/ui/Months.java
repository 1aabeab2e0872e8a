package no.samspill.actionplan.ui;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "juli 2020": the month precision the seed uses. */
final class Months {

    private Months() {
    }

    static String format(@Nullable YearMonth month, Locale locale) {
        return month == null ? "" : month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                + month.getYear();
    }
}

package no.samspill.portfolio;

import java.util.Arrays;
import no.samspill.platform.i18n.ValidationException;

/** How long a board's status period is; each cuts the year into whole periods, so period starts never drift. */
public enum PeriodLength {
    MONTH(1), QUARTER(3), TERTIAL(4), HALF_YEAR(6);

    private final int months;

    PeriodLength(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The length of so many months; any other number is refused with a message. */
    public static PeriodLength ofMonths(int months) {
        return Arrays.stream(values()).filter(p -> p.months == months).findFirst()
                .orElseThrow(() -> new ValidationException("portfolio.error.period", months));
    }

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.period." + name();
    }
}

package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Status periods of a board: the year cut into periods of a number of months (a tertial by default). */
final class Periods {

    private Periods() {
    }

    /** The first day of the period the day falls in. */
    static LocalDate startOf(LocalDate day, int months) {
        int index = (day.getMonthValue() - 1) / months;
        return LocalDate.of(day.getYear(), index * months + 1, 1);
    }

    /** The number of the period within its year, from 1 (T1, T2, T3 for tertials). */
    static int numberOf(LocalDate periodStart, int months) {
        return (periodStart.getMonthValue() - 1) / months + 1;
    }

    /** The last n period starts up to and including today's, oldest first. */
    static List<LocalDate> lastStarts(LocalDate today, int months, int n) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = startOf(today, months);
        for (int i = 0; i < n; i++) {
            starts.addFirst(start);
            start = start.minusMonths(months);
        }
        return starts;
    }
}

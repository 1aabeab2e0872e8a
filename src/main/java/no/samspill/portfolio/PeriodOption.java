package no.samspill.portfolio;

import java.time.LocalDate;

/** A status period to report for: its first day and its number within the year (T1–T3 for tertials). */
public record PeriodOption(LocalDate start, int number) {
}

package no.samspill.platform.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as users read them: in the tenant's zone and the user's language. */
public final class Formats {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    /**
     * "2026-12-09 10:00" in the zone: the same in every language, for text that is stored once and read by all
     * (ledger summaries, notice arguments), where no reader's format can be chosen.
     */
    public static String stamp(Instant instant, ZoneId zone) {
        return STAMP.withZone(zone).format(instant);
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return date(locale).withZone(zone).format(instant);
    }

    /** A calendar date (no zone: it is the same day everywhere), e.g. "12. juni 2019" in the MEDIUM style. */
    public static String date(LocalDate date, Locale locale) {
        return date(locale).format(date);
    }

    /** A calendar date written out, e.g. "18. januar 2019", for headings of meetings and conferences. */
    public static String longDate(LocalDate date, Locale locale) {
        return (english(locale) ? DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)).format(date);
    }


    /** A file's size in the reader's number format: "1,5 MB" in nb and da, "1.5 MB" in en. */
    public static String fileSize(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d kB", Math.max(1, bytes / 1024));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return (english(locale) ? DateTimeFormatter.ofPattern("HH:mm", locale)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)).withZone(zone)
                .format(instant);
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return dateTime(locale).withZone(zone).format(instant);
    }

    /** A moment written out, "9. desember 2026 kl. 10:00" or "9 December 2026, 10:00", for covers and headings. */
    public static String longDateTime(Instant instant, ZoneId zone, Locale locale) {
        return (english(locale) ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale))
                .withZone(zone).format(instant);
    }

    /**
     * A moment with its zone named, "9. des. 2026, 10:00 CET", where readers may sit in other zones than the
     * tenant's (the audit log, the equal-treatment ledger).
     */
    public static String dateTimeZoned(Instant instant, ZoneId zone, Locale locale) {
        return dateTime(instant, zone, locale) + " " + DateTimeFormatter.ofPattern("zzz", locale).withZone(zone)
                .format(instant);
    }

    // the portal's English is read in the Nordics: 24-hour times and day-month-year dates, not the US defaults
    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static DateTimeFormatter date(Locale locale) {
        return english(locale) ? DateTimeFormatter.ofPattern("d MMM yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return english(locale) ? DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }
}

package no.samspill.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samspill.platform.text.Formats;

/**
 * A notice's args as its reader reads them. Dates and times are stored as ISO text in the object's local time (a
 * notice outlives the language it was posted in) and shown here in the reader's language as the screens write
 * them ({@link Formats}): "11. des. 2026, 09:00", and "11 Dec 2026, 09:00" in the portal's Nordic English.
 */
public final class NoticeArgs {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}");

    private NoticeArgs() {
    }

    public static Object[] localised(List<String> args, Locale locale) {
        return args.stream().map(a -> localised(a, locale)).toArray();
    }

    static String localised(String arg, Locale locale) {
        try {
            if (DATE_TIME.matcher(arg).matches()) {
                // a local time: read in UTC and written in UTC, so that no zone moves it
                Instant local = LocalDateTime.parse(arg.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                return Formats.dateTime(local, ZoneOffset.UTC, locale);
            }
            if (DATE.matcher(arg).matches()) {
                return Formats.date(LocalDate.parse(arg), locale);
            }
        } catch (java.time.DateTimeException e) {
            // not a real date after all (e.g. month 13): shown as it was stored
        }
        return arg;
    }
}

package no.samspill.notifications;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A notice's args as its reader reads them. Dates and times are stored as ISO text in the object's local time (a
 * notice outlives the language it was posted in) and shown here in the reader's language: "11. des. 2026, 09:00".
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
                return LocalDateTime.parse(arg.replace(' ', 'T'))
                        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(locale));
            }
            if (DATE.matcher(arg).matches()) {
                return LocalDate.parse(arg).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale));
            }
        } catch (java.time.DateTimeException e) {
            // not a real date after all (e.g. month 13): shown as it was stored
        }
        return arg;
    }
}

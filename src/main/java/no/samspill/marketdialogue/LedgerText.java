package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.text.Formats;

/**
 * A ledger line's summary as its reader sees it. The times in it (a meeting's, a deadline's) are stored once for all
 * readers, as a UTC instant ("2026-12-09T09:00:00Z") or, in older lines, a stamp in the buyer's zone
 * ("2026-12-09 10:00"); both are shown in the buyer's zone, with the zone named, in the reader's language. The
 * stored lines are never rewritten (the ledger refuses updates).
 */
public final class LedgerText {

    private static final Set<LedgerKind> TIMED = EnumSet.of(LedgerKind.MEETING_OFFERED, LedgerKind.MEETING_BOOKED,
            LedgerKind.MEETING_CANCELLED, LedgerKind.DEADLINE_CHANGED);
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})"
                    + "(?![\\d:])");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private LedgerText() {
    }

    /** The summary with its times in {@code zone} (the buyer's), named, for {@code locale}. */
    public static String summary(LedgerRow row, ZoneId zone, Locale locale) {
        if (!TIMED.contains(row.kind())) {
            return row.summary();
        }
        Matcher m = TIME.matcher(row.summary());
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            String found = m.group(1);
            Instant at = found.indexOf('T') > 0 ? Instant.parse(found)
                    : LocalDateTime.parse(found, STAMP).atZone(zone).toInstant();
            m.appendReplacement(shown, Matcher.quoteReplacement(Formats.dateTimeZoned(at, zone, locale)));
        }
        m.appendTail(shown);
        return shown.toString();
    }
}

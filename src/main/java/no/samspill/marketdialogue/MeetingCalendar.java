package no.samspill.marketdialogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A booked 1:1 meeting as an iCalendar file (RFC 5545): one VEVENT with the times in UTC (the "Z" form needs no
 * VTIMEZONE, and every calendar shows it in its own zone), the place or video link, the buyer's name, and a UID
 * that stays the same for the same booking, so importing the file twice updates the event instead of doubling it.
 */
final class MeetingCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** What goes into the event; the texts are already in the reader's language. */
    record Event(String uid, Instant stamp, Instant start, int durationMinutes, String summary, String location,
            String description) {
    }

    private MeetingCalendar() {
    }

    static byte[] ics(Event e) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Samspill//Market dialogue//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(e.uid()));
        lines.add("DTSTAMP:" + UTC.format(e.stamp().truncatedTo(ChronoUnit.SECONDS)));
        lines.add("DTSTART:" + UTC.format(e.start()));
        lines.add("DTEND:" + UTC.format(e.start().plus(e.durationMinutes(), ChronoUnit.MINUTES)));
        lines.add("SUMMARY:" + text(e.summary()));
        lines.add("LOCATION:" + text(e.location()));
        String link = link(e.location());
        if (link != null) {
            // a video link is also the event's URL, which calendars offer as a button
            lines.add("URL:" + link);
        }
        lines.add("DESCRIPTION:" + text(e.description()));
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(fold(l)).append("\r\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\r", "\\n").replace("\n", "\\n");
    }

    /** The location when it is a single http(s) link, for URL (a URI value, not escaped as text). */
    static @org.jspecify.annotations.Nullable String link(String location) {
        String l = location.strip();
        return l.matches("https?://[^\\s\"<>\\\\]+") ? l : null;
    }

    /**
     * Lines longer than 75 octets are folded (RFC 5545 3.1): a CRLF and a space, never inside a UTF-8 character
     * (ø, å and æ are two octets each).
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}

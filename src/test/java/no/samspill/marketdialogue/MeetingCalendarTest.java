package no.samspill.marketdialogue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingCalendarTest {

    private static final MeetingCalendar.Event EVENT = new MeetingCalendar.Event("samspill-meeting-7-3@samspill",
            Instant.parse("2026-12-03T10:00:00.123Z"), Instant.parse("2026-12-09T13:00:00Z"), 45,
            "En-til-en-møte med Helse Sør-Øst RHF: Insulinpumper; runde 2",
            "https://teams.example/meet/abc?x=1", "Linje én, med komma\nLinje to; med semikolon \\ og skråstrek");

    private static String ics() {
        return new String(MeetingCalendar.ics(EVENT), StandardCharsets.UTF_8);
    }

    @Test
    void the_event_has_utc_times_a_stable_uid_the_place_and_the_buyers_name() {
        String ics = ics();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nUID:samspill-meeting-7-3@samspill\r\n", "\r\nDTSTAMP:20261203T100000Z\r\n",
                        "\r\nDTSTART:20261209T130000Z\r\n", "\r\nDTEND:20261209T134500Z\r\n",
                        "\r\nURL:https://teams.example/meet/abc?x=1\r\n");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:En-til-en-møte med Helse Sør-Øst RHF: Insulinpumper\\; runde 2\r\n",
                "LOCATION:https://teams.example/meet/abc?x=1\r\n");
        assertThat(MeetingCalendar.ics(EVENT)).isEqualTo(MeetingCalendar.ics(EVENT));
    }

    @Test
    void text_values_escape_backslash_semicolon_comma_and_line_breaks() {
        assertThat(MeetingCalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        assertThat(ics().replace("\r\n ", "")).contains(
                "DESCRIPTION:Linje én\\, med komma\\nLinje to\\; med semikolon \\\\ og skråstrek\r\n");
    }

    @Test
    void every_line_is_at_most_75_octets_and_folding_never_splits_a_character() {
        String ics = ics();
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(ics.split("\r\n")).filter(l -> l.startsWith(" "))).isNotEmpty();
        String folded = MeetingCalendar.fold("X".repeat(74) + "ø" + "Y");
        assertThat(folded).isEqualTo("X".repeat(74) + "\r\n øY");
    }

    @Test
    void a_place_that_is_not_a_single_link_has_no_url() {
        String ics = new String(MeetingCalendar.ics(new MeetingCalendar.Event("u@samspill", Instant.EPOCH,
                Instant.EPOCH, 30, "s", "Ullevål, bygg 7", "d")), StandardCharsets.UTF_8);
        assertThat(ics).doesNotContain("\r\nURL:").contains("\r\nLOCATION:Ullevål\\, bygg 7\r\n");
    }
}

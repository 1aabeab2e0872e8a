package no.samspill.platform.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sizes, dates and times in the reader's own way of writing them. */
class FormatsTest {

    @Test
    void sizes_use_the_readers_decimal_sign() {
        long size = 1024L * 1024 * 3 / 2;
        assertThat(Formats.fileSize(size, Locale.of("nb"))).isEqualTo("1,5 MB");
        assertThat(Formats.fileSize(size, Locale.of("da"))).isEqualTo("1,5 MB");
        assertThat(Formats.fileSize(size, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(Formats.fileSize(10, Locale.ENGLISH)).isEqualTo("1 kB");
    }

    @Test
    void english_reads_day_month_year_and_24_hour_times_as_in_the_nordics() {
        Instant moment = Instant.parse("2026-12-09T13:30:00Z");
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        assertThat(Formats.date(moment, oslo, Locale.ENGLISH)).isEqualTo("9 Dec 2026");
        assertThat(Formats.time(moment, oslo, Locale.ENGLISH)).isEqualTo("14:30");
        assertThat(Formats.dateTime(moment, oslo, Locale.ENGLISH)).isEqualTo("9 Dec 2026, 14:30");
        assertThat(Formats.longDate(LocalDate.of(2026, 12, 9), Locale.ENGLISH)).isEqualTo("9 December 2026");
        assertThat(Formats.time(moment, oslo, Locale.of("nb"))).isEqualTo("14:30");
        assertThat(Formats.dateTimeZoned(moment, oslo, Locale.of("nb"))).endsWith("14:30 CET");
        assertThat(Formats.dateTimeZoned(moment.plusSeconds(200L * 86400), oslo, Locale.ENGLISH))
                .isEqualTo("27 Jun 2027, 15:30 CEST");
    }
}

package no.samspill.platform.text;

import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's size is written in the reader's number format. */
class FormatsTest {

    @Test
    void sizes_use_the_readers_decimal_sign() {
        long size = 1024L * 1024 * 3 / 2;
        assertThat(Formats.fileSize(size, Locale.of("nb"))).isEqualTo("1,5 MB");
        assertThat(Formats.fileSize(size, Locale.of("da"))).isEqualTo("1,5 MB");
        assertThat(Formats.fileSize(size, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(Formats.fileSize(10, Locale.ENGLISH)).isEqualTo("1 kB");
    }
}

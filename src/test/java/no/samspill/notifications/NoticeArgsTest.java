package no.samspill.notifications;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in a notice are stored as ISO text and read in the reader's language. */
class NoticeArgsTest {

    @Test
    void dates_and_times_are_shown_in_the_readers_language_and_other_text_as_it_is() {
        List<String> args = List.of("Insulinpumper 2026-12-11", "2026-12-11 09:00", "2026-12-14", "2026-13-40");
        assertThat(NoticeArgs.localised(args, Locale.of("nb"))).containsExactly("Insulinpumper 2026-12-11",
                "11. des. 2026, 09:00", "14. des. 2026", "2026-13-40");
        assertThat(NoticeArgs.localised(args, Locale.ENGLISH)[1]).isEqualTo("11 Dec 2026, 09:00");
        assertThat(NoticeArgs.localised(args, Locale.of("da"))[2]).isEqualTo("14. dec. 2026");
    }
}

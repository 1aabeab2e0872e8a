package no.samspill.platform.text;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts pasted as Norwegians, Danes and the English write them. */
class AmountsTest {

    private static final Locale NB = Locale.of("nb");
    private static final Locale DA = Locale.of("da");

    @Test
    void nordic_amounts_with_spaces_or_dots_between_the_thousands() {
        for (String text : new String[] {"12 500 000", "12.500.000", "12\u00a0500\u00a0000", "12\u202f500\u202f000",
                "12500000", " 12 500 000 "}) {
            assertThat(Amounts.parse(text, NB)).as(text).contains(new BigDecimal("12500000"));
            assertThat(Amounts.parse(text, DA)).as(text).contains(new BigDecimal("12500000"));
        }
        assertThat(Amounts.parse("12 500 000,50", NB)).contains(new BigDecimal("12500000.50"));
        assertThat(Amounts.parse("12.500.000,5", DA)).contains(new BigDecimal("12500000.5"));
        assertThat(Amounts.parse("12,5", NB)).contains(new BigDecimal("12.5"));
    }

    @Test
    void english_amounts_with_commas_between_the_thousands() {
        assertThat(Amounts.parse("12,500,000", Locale.ENGLISH)).contains(new BigDecimal("12500000"));
        assertThat(Amounts.parse("12 500 000.25", Locale.ENGLISH)).contains(new BigDecimal("12500000.25"));
        assertThat(Amounts.parse("12.5", Locale.ENGLISH)).contains(new BigDecimal("12.5"));
    }

    @Test
    void text_that_is_not_an_amount_is_refused_not_guessed() {
        for (String text : new String[] {"12.50", "1.2345", "12,5.00", "tolv", "12 kr", "1,2,3", "", "  "}) {
            assertThat(Amounts.parse(text, NB)).as(text).isEmpty();
        }
        assertThat(Amounts.parse("12,50", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void amounts_are_shown_grouped_as_the_reader_writes_them() {
        assertThat(Amounts.format(new BigDecimal("12500000"), NB)).isEqualTo("12 500 000");
        assertThat(Amounts.format(new BigDecimal("12500000.5"), DA)).isEqualTo("12 500 000,5");
        assertThat(Amounts.format(new BigDecimal("12500000"), Locale.ENGLISH)).isEqualTo("12,500,000");
    }
}

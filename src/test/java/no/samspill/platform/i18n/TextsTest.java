package no.samspill.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void strips_and_keeps_a_text_within_bounds() {
        assertThat(Texts.clean("  abc \n", 3, 5, "x.error")).isEqualTo("abc");
        assertThat(Texts.clean("abcde", 3, 5, "x.error")).isEqualTo("abcde");
        assertThat(Texts.clean("   ", 0, 5, "x.error")).isEmpty();
    }

    @Test
    void refuses_too_short_or_too_long_with_the_key_and_the_maximum() {
        assertThatThrownBy(() -> Texts.clean(" ab ", 3, 5, "x.error")).isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    assertThat(((ValidationException) e).messageKey()).isEqualTo("x.error");
                    assertThat(((ValidationException) e).args()).containsExactly(5);
                });
        assertThatThrownBy(() -> Texts.clean("abcdef", 3, 5, "x.error")).isInstanceOf(ValidationException.class);
    }
}

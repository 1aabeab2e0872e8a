package no.samspill.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailRendererTest {

    @Test
    void html_escapes_every_value_and_links_only_http_urls() {
        assertThat(MailRenderer.linked("Go to https://a.test/x?a=1&b=2 now <script>"))
                .isEqualTo("Go to <a href=\"https://a.test/x?a=1&amp;b=2\">https://a.test/x?a=1&amp;b=2</a> now "
                        + "&lt;script&gt;");
        assertThat(MailRenderer.linked("javascript:alert(1)\"><img src=x>")).doesNotContain("<a ", "<img");
    }
}

package no.samspill.notifications;

import java.util.Map;
import no.samspill.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Extra headers travel through the outbox as lines; nothing in them may start a header or body of its own. */
class OutgoingMailHeadersTest {

    private static final OutgoingMail MAIL = MailTestSupport.invitation("kari@test.demo", Language.NB, "k");

    @Test
    void headers_survive_the_outbox_column() {
        OutgoingMail mail = MAIL.withHeaders(Map.of("List-Unsubscribe", "<https://portal.test/unsubscribe/a.b>"))
                .withHeaders(Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        assertThat(OutgoingMail.parseHeaderLines(mail.headerLines())).isEqualTo(mail.headers()).hasSize(2);
        assertThat(MAIL.headerLines()).isNull();
    }

    @Test
    void line_breaks_reserved_names_and_odd_names_are_refused() {
        for (Map<String, String> bad : new Map[] {Map.of("X-A", "a\r\nBcc: evil@example.org"), Map.of("X-A", "a\nb"),
                Map.of("Bcc", "evil@example.org"), Map.of("Subject", "other"), Map.of("X A", "v"),
                Map.of("X-A", " ")}) {
            assertThatThrownBy(() -> MAIL.withHeaders(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

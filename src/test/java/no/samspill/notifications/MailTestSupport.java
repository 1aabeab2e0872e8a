package no.samspill.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.i18n.Language;

/** Mails for the outbox tests, and reading what GreenMail received. */
final class MailTestSupport {

    static final String LINK = "http://portal.test/set-password?token=abc&x=1";

    private MailTestSupport() {
    }

    static OutgoingMail invitation(String recipient, Language language, String dedupeKey) {
        return new OutgoingMail(recipient, language, "mail.invitation.subject", List.of("Helse Sør-Øst"),
                "mail.invitation.body", List.of("Kari <b>Nordmann</b>", "Per Admin", "Helse Sør-Øst", LINK, "7"),
                "Helse Sør-Øst", "per.admin@helse-sorost.demo", dedupeKey, "invitation");
    }

    static Optional<MimeMessage> receivedBy(EmbeddedSmtp smtp, String recipient) {
        return Arrays.stream(smtp.received()).filter(m -> to(m).contains(recipient)).findFirst();
    }

    static long countReceivedBy(EmbeddedSmtp smtp, String recipient) {
        return Arrays.stream(smtp.received()).filter(m -> to(m).contains(recipient)).count();
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String replyTo(MimeMessage m) throws Exception {
        return ((InternetAddress) m.getReplyTo()[0]).getAddress();
    }

    /** The text of every part with this content type (text/plain or text/html), however deeply nested. */
    static String part(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(part, type, found);
        return String.join("\n", found);
    }

    private static void collect(Part part, String type, List<String> found) throws Exception {
        if (part.isMimeType(type)) {
            found.add((String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, type, found);
            }
        }
    }
}

package no.samspill.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.notifications.EmbeddedSmtp;
import org.springframework.stereotype.Component;

/**
 * The invited person's mailbox, read from the embedded GreenMail SMTP server the portal really sent to: the only
 * place a one-time link goes. Waits a few seconds for the outbox, which sends after the commit.
 */
@Component
public class Inbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/set-password/([A-Za-z0-9_-]+)");
    private static final long WAIT_MS = 15_000;
    private final EmbeddedSmtp smtp;

    Inbox(EmbeddedSmtp smtp) {
        this.smtp = smtp;
    }

    /** The one-time token of the newest mail to the address that carries one. */
    public String token(String email) {
        return tokenOtherThan(email, null);
    }

    /** A token newer than the one given: after a resend, a reset, or a second invitation. */
    public String tokenOtherThan(String email, String previous) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < until) {
            List<String> tokens = mailsTo(email).stream().map(Inbox::text).map(LINK::matcher)
                    .filter(Matcher::find).map(m -> m.group(1)).toList();
            if (!tokens.isEmpty() && !Objects.equals(tokens.getLast(), previous)) {
                return tokens.getLast();
            }
            sleep();
        }
        throw new AssertionError("no mail with a link reached " + email);
    }

    /** Every mail that reached the address so far, oldest first. */
    public List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.received()).filter(m -> recipients(m).contains(email.toLowerCase())).toList();
    }

    /** Waits until this many mails reached the address, and gives them, oldest first. */
    public List<MimeMessage> awaitMails(String email, int count) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mails = mailsTo(email);
            if (mails.size() >= count) {
                return mails;
            }
            sleep();
        }
        throw new AssertionError(count + " mails did not reach " + email + ": " + mailsTo(email).size());
    }

    /** Waits for a mail to the address whose subject contains the text. */
    public MimeMessage await(String email, String subjectPart) {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < until) {
            Optional<MimeMessage> found = mailsTo(email).stream()
                    .filter(m -> subject(m).contains(subjectPart)).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no mail about '" + subjectPart + "' reached " + email);
    }

    public static String subject(MimeMessage m) {
        try {
            return Objects.requireNonNullElse(m.getSubject(), "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part, however deeply nested. */
    public static String text(MimeMessage m) {
        try {
            List<String> found = new ArrayList<>();
            collect(m, found);
            return String.join("\n", found);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, List<String> found) throws Exception {
        if (part.isMimeType("text/plain")) {
            found.add((String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients()).toLowerCase();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package no.samspill.notifications;

import java.util.List;
import java.util.Objects;
import no.samspill.platform.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A mail to queue. Subject and body are message keys, rendered in the recipient's language when queued; the body's
 * text may hold links (http/https), which the HTML version makes clickable. The tenant's name goes into the footer.
 *
 * @param dedupeKey the same key queued twice gives one mail (e.g. recipient + kind + object + period)
 * @param category  what kind of mail it is (e.g. "invitation"), shown to the platform admin
 * @param replyTo   the person who caused the mail, when there is one
 */
public record OutgoingMail(String recipient, Language language, String subjectKey, List<Object> subjectArgs,
        String bodyKey, List<Object> bodyArgs, String tenantName, @Nullable String replyTo, String dedupeKey,
        String category) {

    public OutgoingMail {
        Objects.requireNonNull(recipient);
        if (recipient.isBlank() || dedupeKey.isBlank() || category.isBlank()) {
            throw new IllegalArgumentException("recipient, dedupe key and category are required");
        }
        subjectArgs = List.copyOf(subjectArgs);
        bodyArgs = List.copyOf(bodyArgs);
        replyTo = replyTo == null || replyTo.isBlank() ? null : replyTo;
    }
}

package no.samspill.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.notifications.MailStatus;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox. It is only inserted by {@link OutboxMailRepository#insertUnlessDuplicate} (so that a
 * duplicate never breaks the caller's transaction); the sender then moves it to SENT or, after the last try, FAILED.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends VersionedEntity {

    public static final int MAX_ERROR = 500;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false, updatable = false, length = 254)
    private String recipient = "";

    @Column(name = "reply_to", updatable = false, length = 254)
    private @Nullable String replyTo;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject = "";

    // updatable only to be emptied once sent (forgetBody); nothing else changes a queued mail's text
    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText = "";

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml = "";

    @Column(nullable = false, updatable = false, length = 60)
    private String category = "";

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 200)
    private String dedupeKey = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt = Instant.EPOCH;

    @Column(name = "last_error", length = MAX_ERROR)
    private @Nullable String lastError;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    /** Extra headers, "Name: value" a line (see {@code OutgoingMail#headers}). */
    @Column(updatable = false, columnDefinition = "TEXT")
    private @Nullable String headers;

    protected OutboxMail() {
    }

    public void markSent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /**
     * Drops the body of a sent mail whose links log people in (an invitation, a reset): the tokens are stored
     * hashed everywhere else, and a sent mail's text must not be the one copy that is not.
     */
    public void forgetBody() {
        this.bodyText = "";
        this.bodyHtml = "";
    }

    /** Records a failed try: the next one is due at {@code retryAt}, or none when this was the last allowed try. */
    public void markFailedAttempt(String error, Instant retryAt, int maxAttempts) {
        attempts++;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public @Nullable String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getCategory() {
        return category;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public @Nullable String getHeaders() {
        return headers;
    }
}

package no.samspill.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One mail of the outbox as the platform admin's list shows it (without its body). */
public record MailRow(long id, Instant createdAt, String recipient, @Nullable String replyTo, String subject,
        String category, MailStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
        @Nullable Instant sentAt) {
}

package no.samspill.notifications.domain;

import java.time.Instant;
import java.util.List;
import no.samspill.notifications.MailRow;
import no.samspill.notifications.MailStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Inserts the mail unless one with the same dedupe key exists. A plain insert would throw on the unique key and
     * mark the caller's whole transaction for rollback; here the duplicate is a no-op and the action goes on.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            INSERT INTO mail_outbox (version, created_at, recipient, reply_to, subject, body_text, body_html,
                category, dedupe_key, status, attempts, next_attempt_at, headers)
            VALUES (0, :now, :recipient, :replyTo, :subject, :bodyText, :bodyHtml, :category, :dedupeKey,
                'PENDING', 0, :now, :headers)
            ON DUPLICATE KEY UPDATE dedupe_key = dedupe_key""", nativeQuery = true)
    void insertUnlessDuplicate(@Param("now") Instant now, @Param("recipient") String recipient,
            @Param("replyTo") @Nullable String replyTo, @Param("subject") String subject,
            @Param("bodyText") String bodyText, @Param("bodyHtml") String bodyHtml,
            @Param("category") String category, @Param("dedupeKey") String dedupeKey,
            @Param("headers") @Nullable String headers);

    /** The ids of the mails due now, oldest first (uses the (status, next_attempt_at) index). */
    @Query("""
            select m.id from OutboxMail m
            where m.status = no.samspill.notifications.MailStatus.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id""")
    List<Long> dueIds(@Param("now") Instant now, Pageable page);

    @Query("""
            select new no.samspill.notifications.MailRow(m.id, m.createdAt, m.recipient, m.replyTo, m.subject,
                m.category, m.status, m.attempts, m.nextAttemptAt, m.lastError, m.sentAt)
            from OutboxMail m where (:status is null or m.status = :status)
            order by m.createdAt desc, m.id desc""")
    List<MailRow> search(@Param("status") @Nullable MailStatus status, Pageable page);

    @Query("select count(m) from OutboxMail m where (:status is null or m.status = :status)")
    long count(@Param("status") @Nullable MailStatus status);

    /** Deletes up to {@code limit} mails sent before the cutoff (pending and failed ones stay). */
    @Modifying
    @Query(value = "DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < :cutoff LIMIT :limit",
            nativeQuery = true)
    int deleteSentBefore(@Param("cutoff") Instant cutoff, @Param("limit") int limit);
}

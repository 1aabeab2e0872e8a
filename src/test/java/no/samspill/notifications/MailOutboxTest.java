package no.samspill.notifications;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.Language;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static no.samspill.notifications.MailTestSupport.LINK;
import static no.samspill.notifications.MailTestSupport.countReceivedBy;
import static no.samspill.notifications.MailTestSupport.invitation;
import static no.samspill.notifications.MailTestSupport.part;
import static no.samspill.notifications.MailTestSupport.receivedBy;
import static no.samspill.notifications.MailTestSupport.replyTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against the embedded GreenMail. The tests drive the sender's run directly with the time they choose
 * (the schedule and the after-commit nudge run too, but they share the run's lock, so the outcome is the same).
 */
@SamspillSpringTest
class MailOutboxTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailSender sender;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    SentMailService sentMail;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Value("${samspill.mail.max-attempts}")
    int maxAttempts;

    @AfterEach
    void smtpRunsAgain() {
        smtp.start();
        TestUsers.logout();
    }

    @Test
    void a_committed_mail_arrives_in_the_recipients_language_with_reply_to_and_a_link() throws Exception {
        String to = TestUsers.uniqueEmail("mail-da");
        inTransaction(() -> outbox.enqueue(invitation(to, Language.DA, "invitation:" + to)));
        sender.deliverDue(clock.instant());

        MimeMessage mail = receivedBy(smtp, to).orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Invitation til Helse Sør-Øst i Samspill");
        assertThat(replyTo(mail)).isEqualTo("per.admin@helse-sorost.demo");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@samspill.local");
        String text = part(mail, "text/plain");
        assertThat(text).startsWith("Hej Kari <b>Nordmann</b>").contains(LINK)
                .contains("Denne e-mail blev sendt fra Samspill for Helse Sør-Øst.");
        String html = part(mail, "text/html");
        assertThat(html).contains("<a href=\"http://portal.test/set-password?token=abc&amp;x=1\">")
                .contains("Kari &lt;b&gt;Nordmann&lt;/b&gt;").doesNotContain("<b>Nordmann");
        assertThat(row(to)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void a_mail_of_a_rolled_back_transaction_is_neither_stored_nor_sent() {
        String to = TestUsers.uniqueEmail("mail-rollback");
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.enqueue(invitation(to, Language.EN, "invitation:" + to));
            status.setRollbackOnly();
        });
        sender.deliverDue(clock.instant());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Long.class, to))
                .isZero();
        assertThat(receivedBy(smtp, to)).isEmpty();
    }

    @Test
    void a_mail_needs_the_callers_transaction() {
        String to = TestUsers.uniqueEmail("mail-no-tx");
        assertThatThrownBy(() -> outbox.enqueue(invitation(to, Language.EN, "invitation:" + to)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void while_smtp_is_down_the_action_succeeds_and_the_mail_waits_until_smtp_is_back() throws Exception {
        String to = TestUsers.uniqueEmail("mail-down");
        smtp.stop();
        inTransaction(() -> outbox.enqueue(invitation(to, Language.NB, "invitation:" + to)));
        Instant afterCommit = clock.instant();
        sender.deliverDue(afterCommit);

        Map<String, Object> waiting = row(to);
        assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(((Timestamp) waiting.get("next_attempt_at")).toInstant()).isAfter(afterCommit);
        assertThat((String) waiting.get("last_error")).isNotBlank();

        smtp.start();
        sender.deliverDue(afterCommit);
        assertThat(receivedBy(smtp, to)).as("not before its next try").isEmpty();
        sender.deliverDue(afterCommit.plus(Duration.ofMinutes(1)));
        MimeMessage mail = receivedBy(smtp, to).orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Invitasjon til Helse Sør-Øst i Samspill");
        assertThat(row(to)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void after_the_last_try_the_mail_is_failed_and_the_platform_admin_sees_it() {
        String to = TestUsers.uniqueEmail("mail-failed");
        smtp.stop();
        inTransaction(() -> outbox.enqueue(invitation(to, Language.EN, "invitation:" + to)));
        Instant later = clock.instant();
        for (int i = 0; i < maxAttempts + 2; i++) {
            later = later.plus(Duration.ofHours(2));
            sender.deliverDue(later);
        }
        smtp.start();
        sender.deliverDue(later.plus(Duration.ofDays(1)));

        assertThat(row(to)).containsEntry("status", "FAILED").containsEntry("attempts", maxAttempts);
        assertThat(receivedBy(smtp, to)).isEmpty();
        users.login(TestUsers.PLATFORM_ADMIN);
        assertThat(sentMail.search(MailStatus.FAILED, 0, 500)).anySatisfy(r -> {
            assertThat(r.recipient()).isEqualTo(to);
            assertThat(r.lastError()).isNotBlank();
        });
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> sentMail.search(null, 0, 10)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_pending_mail_left_by_a_crash_is_sent_by_the_next_scheduled_run() throws Exception {
        String to = TestUsers.uniqueEmail("mail-crash");
        Timestamp past = Timestamp.from(clock.instant().minusSeconds(60));
        // committed, but the node died before the nudge: nothing but the row is left
        jdbc.update("""
                INSERT INTO mail_outbox (version, created_at, recipient, subject, body_text, body_html, category,
                    dedupe_key, status, attempts, next_attempt_at)
                VALUES (0, ?, ?, 'Left behind', 'Text', '<p>Text</p>', 'test', ?, 'PENDING', 0, ?)""",
                past, to, "crash:" + to, past);
        sender.deliverDueOnSchedule();

        // when another run held the lock just then, that run (or the next one, 2 s later) sends it
        for (int i = 0; i < 200 && receivedBy(smtp, to).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(receivedBy(smtp, to).orElseThrow().getSubject()).isEqualTo("Left behind");
        assertThat(row(to)).containsEntry("status", "SENT");
    }

    @Test
    void the_same_dedupe_key_gives_one_mail() {
        String to = TestUsers.uniqueEmail("mail-dedupe");
        String key = "invitation:" + to + ":2026-12";
        inTransaction(() -> {
            outbox.enqueue(invitation(to, Language.EN, key));
            outbox.enqueue(invitation(to, Language.EN, key));
        });
        inTransaction(() -> outbox.enqueue(invitation(to, Language.NB, key)));
        sender.deliverDue(clock.instant());
        sender.deliverDue(clock.instant().plus(Duration.ofHours(1)));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Long.class, to))
                .isEqualTo(1);
        assertThat(countReceivedBy(smtp, to)).isEqualTo(1);
    }

    @Test
    void retries_wait_longer_each_time_up_to_a_cap() {
        assertThat(sender.backoff(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(sender.backoff(30)).isEqualTo(Duration.ofHours(1));
    }

    private void inTransaction(Runnable action) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> action.run());
    }

    private Map<String, Object> row(String recipient) {
        return jdbc.queryForMap("SELECT status, attempts, next_attempt_at, last_error FROM mail_outbox "
                + "WHERE recipient = ?", recipient);
    }
}

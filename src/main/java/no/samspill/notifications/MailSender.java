package no.samspill.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.notifications.domain.OutboxMail;
import no.samspill.notifications.domain.OutboxMailRepository;
import no.samspill.platform.OffsetLimit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Sort;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. A scheduled run under a ShedLock lock guarantees delivery (also of mails left pending by a
 * crash); a nudge after each commit sends new mail at once. Each mail is sent outside any database transaction
 * and then marked, so a crash between the two sends it again: at least once, never lost.
 */
@Component
class MailSender {

    static final String LOCK = "mail-outbox";
    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(10);

    private final OutboxMailRepository mails;
    private final JavaMailSender smtp;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail-nudge");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean nudgeQueued = new AtomicBoolean();

    MailSender(OutboxMailRepository mails, JavaMailSender smtp, PlatformTransactionManager transactionManager,
            LockProvider lockProvider, Clock clock, @Value("${samspill.mail.from}") String from,
            @Value("${samspill.mail.batch-size:20}") int batchSize,
            @Value("${samspill.mail.max-attempts:8}") int maxAttempts,
            @Value("${samspill.mail.first-retry:PT30S}") Duration firstRetry,
            @Value("${samspill.mail.max-retry:PT1H}") Duration maxRetry) {
        this.mails = mails;
        this.smtp = smtp;
        this.transactions = new TransactionTemplate(transactionManager);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
    }

    @Scheduled(fixedDelayString = "${samspill.mail.send-interval-ms:2000}",
            initialDelayString = "${samspill.mail.initial-delay-ms:5000}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void deliverDueOnSchedule() {
        deliverDue(clock.instant());
    }

    /** Sends new mail soon after a commit, on another thread; several commits in a row share one run. */
    void nudge() {
        if (nudgeQueued.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudgeQueued.set(false);
                try {
                    // the same lock as the schedule: when another node (or run) holds it, that one sends the mail
                    locks.executeWithLock((Runnable) () -> deliverDue(clock.instant()),
                            new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST, Duration.ZERO));
                } catch (RuntimeException e) {
                    log.warn("Sending mail after a commit failed; the scheduled run retries", e);
                }
            });
        }
    }

    /**
     * One run: the mails due at {@code now}, oldest first, a batch at a time. Synchronized because the schedule and
     * the nudge of one node share this object; ShedLock keeps other nodes out.
     *
     * @return how many mails were delivered
     */
    synchronized int deliverDue(Instant now) {
        List<Long> due = transactions.execute(s -> mails.dueIds(now, OffsetLimit.of(0, batchSize, Sort.unsorted())));
        int sent = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            if (deliver(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long id, Instant now) {
        Snapshot mail = transactions.execute(s -> mails.findById(id)
                .filter(m -> m.getStatus() == MailStatus.PENDING && !m.getNextAttemptAt().isAfter(now))
                .map(Snapshot::of).orElse(null));
        if (mail == null) {
            return false;
        }
        @Nullable String error;
        boolean permanent = false;
        try {
            smtp.send(message(mail, now));
            error = null;
        } catch (MessagingException e) {
            // an address that cannot be parsed will not get better by waiting
            error = describe(e);
            permanent = true;
        } catch (MailException e) {
            error = describe(e);
        }
        String failure = error;
        boolean givesUp = permanent;
        transactions.executeWithoutResult(s -> mails.findById(id).ifPresent(m -> {
            if (failure == null) {
                m.markSent(now);
            } else {
                m.markFailedAttempt(failure, now.plus(backoff(m.getAttempts())), givesUp ? 0 : maxAttempts);
            }
        }));
        if (failure != null) {
            log.info("Mail {} to the outbox's recipient not sent (try {}): {}", id, mail.attempts() + 1, failure);
        }
        return failure == null;
    }

    private MimeMessage message(Snapshot mail, Instant now) throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        if (mail.replyTo() != null) {
            helper.setReplyTo(mail.replyTo());
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        helper.setSentDate(Date.from(now));
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    /** 30 s, 1 min, 2 min, ... after the 1st, 2nd, 3rd failed try, capped (all configurable). */
    Duration backoff(int failedBefore) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(failedBefore, 20));
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    /** The kind of fault and the server's answer, on one short line; it never holds the SMTP credentials. */
    private static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        return (cause.getClass().getSimpleName() + ": " + message).replaceAll("\\s+", " ").strip();
    }

    @PreDestroy
    void stopNudges() {
        nudges.shutdownNow();
    }

    private record Snapshot(String recipient, @Nullable String replyTo, String subject, String text, String html,
            int attempts, Map<String, String> headers) {

        static Snapshot of(OutboxMail m) {
            return new Snapshot(m.getRecipient(), m.getReplyTo(), m.getSubject(), m.getBodyText(), m.getBodyHtml(),
                    m.getAttempts(), OutgoingMail.parseHeaderLines(m.getHeaders()));
        }
    }
}

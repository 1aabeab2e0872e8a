package no.samspill.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.mail.MailSendException;
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
    private final boolean keepSentLinks;
    /** The longest one run keeps sending; the rest waits for the next run. */
    private static final Duration MAX_RUN = Duration.ofMinutes(2);
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
            @Value("${samspill.mail.max-retry:PT1H}") Duration maxRetry,
            @Value("${samspill.mail.keep-sent-links:true}") boolean keepSentLinks) {
        this.keepSentLinks = keepSentLinks;
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
        int sent = 0;
        long started = System.nanoTime();
        // batch after batch while full ones come back (a digest morning queues hundreds at once), but give the lock
        // up after a while, so that one node's long run cannot keep the others out for long
        while (true) {
            List<Long> due = transactions.execute(s -> mails.dueIds(now, OffsetLimit.of(0, batchSize,
                    Sort.unsorted())));
            if (due == null || due.isEmpty()) {
                return sent;
            }
            Batch batch = deliver(due, now);
            sent += batch.sent();
            // a failure usually means the server is away: the backoff decides when to try again, not this loop
            if (batch.failed() > 0 || due.size() < batchSize || System.nanoTime() - started > MAX_RUN.toNanos()) {
                return sent;
            }
        }
    }

    /**
     * Sends one batch over one SMTP connection (a connection per mail costs more than the mail: see MailBenchmark)
     * and marks each mail by its own outcome, which the sender reports per message.
     */
    private Batch deliver(List<Long> ids, Instant now) {
        Map<Long, Snapshot> snapshots = transactions.execute(s -> {
            Map<Long, Snapshot> due = new LinkedHashMap<>();
            mails.findAllById(ids).stream()
                    .filter(m -> m.getStatus() == MailStatus.PENDING && !m.getNextAttemptAt().isAfter(now))
                    .forEach(m -> due.put(m.id(), Snapshot.of(m)));
            return due;
        });
        Map<Long, String> failures = new HashMap<>();
        Set<Long> permanent = new HashSet<>();
        Map<MimeMessage, Long> built = new IdentityHashMap<>();
        for (Map.Entry<Long, Snapshot> e : Objects.requireNonNull(snapshots).entrySet()) {
            try {
                built.put(message(e.getValue(), now), e.getKey());
            } catch (MessagingException ex) {
                // an address that cannot be parsed will not get better by waiting
                failures.put(e.getKey(), describe(ex));
                permanent.add(e.getKey());
            }
        }
        if (!built.isEmpty()) {
            try {
                smtp.send(built.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException ex) {
                if (ex.getFailedMessages().isEmpty()) {
                    built.values().forEach(id -> failures.put(id, describe(ex)));
                }
                ex.getFailedMessages().forEach((message, cause) -> {
                    Long id = message instanceof MimeMessage mime ? built.get(mime) : null;
                    if (id != null) {
                        failures.put(id, describe(cause));
                    }
                });
            } catch (MailException ex) {
                built.values().forEach(id -> failures.put(id, describe(ex)));
            }
        }
        transactions.executeWithoutResult(s -> mails.findAllById(snapshots.keySet()).forEach(m -> {
            String failure = failures.get(m.id());
            if (failure == null) {
                m.markSent(now);
                if (!keepSentLinks && AccountMails.CATEGORY.equals(m.getCategory())) {
                    m.forgetBody();
                }
            } else {
                m.markFailedAttempt(failure, now.plus(backoff(m.getAttempts())),
                        permanent.contains(m.id()) ? 0 : maxAttempts);
                log.info("Mail {} to the outbox's recipient not sent (try {}): {}", m.id(), m.getAttempts(), failure);
            }
        }));
        return new Batch(snapshots.size() - failures.size(), failures.size());
    }

    private record Batch(int sent, int failed) {
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
            Map<String, String> headers) {

        static Snapshot of(OutboxMail m) {
            return new Snapshot(m.getRecipient(), m.getReplyTo(), m.getSubject(), m.getBodyText(), m.getBodyHtml(),
                    OutgoingMail.parseHeaderLines(m.getHeaders()));
        }
    }
}

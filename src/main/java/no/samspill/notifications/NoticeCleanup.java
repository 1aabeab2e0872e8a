package no.samspill.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.samspill.notifications.domain.OutboxMailRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the mail and notice tables small: sent mail is deleted after 30 days (it holds personal data and the
 * admin's page only needs the recent past), read notices after 180 days, digest records with them. Unread notices
 * and pending or failed mail stay. In batches, so a large backlog never holds long locks.
 */
@Component
class NoticeCleanup {

    static final String LOCK = "notice-cleanup";
    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final OutboxMailRepository mails;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration sentMailAge;
    private final Duration readNoticeAge;

    NoticeCleanup(JdbcTemplate jdbc, OutboxMailRepository mails, PlatformTransactionManager transactionManager,
            Clock clock, @Value("${samspill.notices.keep-sent-mail:P30D}") Duration sentMailAge,
            @Value("${samspill.notices.keep-read-notices:P180D}") Duration readNoticeAge) {
        this.jdbc = jdbc;
        this.mails = mails;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.sentMailAge = sentMailAge;
        this.readNoticeAge = readNoticeAge;
    }

    @Scheduled(cron = "${samspill.notices.cleanup-cron:0 17 3 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT1H")
    public void onSchedule() {
        run(clock.instant());
    }

    /** @return mails and notices deleted */
    Removed run(Instant now) {
        Instant mailCutoff = now.minus(sentMailAge);
        Instant noticeCutoff = now.minus(readNoticeAge);
        int mailsDeleted = 0;
        int n;
        do {
            n = inTransaction(() -> mails.deleteSentBefore(mailCutoff, BATCH));
            mailsDeleted += n;
        } while (n == BATCH);
        int noticesDeleted = 0;
        do {
            n = inTransaction(() -> jdbc.update("delete from notice where read_at < ? limit " + BATCH,
                    Timestamp.from(noticeCutoff)));
            noticesDeleted += n;
        } while (n == BATCH);
        inTransaction(() -> jdbc.update("delete from notice_digest where done_at < ?", Timestamp.from(noticeCutoff)));
        return new Removed(mailsDeleted, noticesDeleted);
    }

    private int inTransaction(java.util.function.IntSupplier work) {
        Integer n = transactions.execute(s -> work.getAsInt());
        return n == null ? 0 : n;
    }

    record Removed(int mails, int notices) {
    }
}

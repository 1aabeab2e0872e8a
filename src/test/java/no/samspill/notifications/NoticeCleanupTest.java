package no.samspill.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.samspill.notifications.NoticeTestSupport.Person;
import no.samspill.platform.i18n.Language;
import no.samspill.support.SamspillSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sent mail goes after 30 days, read notices after 180; unread notices and unsent mail stay. The rows are dated
 * back from the clock's now (the suite shares one database, so the run must not reach other tests' rows).
 */
@SamspillSpringTest
class NoticeCleanupTest {

    @Autowired
    NoticeCleanup cleanup;
    @Autowired
    NoticeTestSupport notices;
    @Autowired
    MailSender sender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void old_sent_mail_and_old_read_notices_are_deleted_the_rest_stays() {
        Person kari = notices.newMember("cleanup", "Kari Rydd", Language.NB);
        for (int i = 0; i < 4; i++) {
            notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Dialog " + i, null, kari.id()));
        }
        sender.deliverDue(clock.instant());
        Instant now = clock.instant();
        var ids = notices.noticeIds(kari.id());
        setRead(ids.get(0), now.minus(Duration.ofDays(181)));
        setRead(ids.get(1), now.minus(Duration.ofDays(179)));
        // the third stays unread however old
        jdbc.update("update notice set created_at = ? where id = ?", Timestamp.from(now.minus(Duration.ofDays(400))),
                ids.get(2));
        var mails = jdbc.queryForList("select id from mail_outbox where recipient = ? and category <> 'account' order by id", Long.class,
                kari.email());
        assertThat(mails).hasSize(4);
        // moved back from the stored time, so how JDBC and JPA map zones does not matter here
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = date_sub(sent_at, interval 31 day) where id = ?",
                mails.get(0));
        jdbc.update("update mail_outbox set status = 'SENT', sent_at = date_sub(sent_at, interval 29 day) where id = ?",
                mails.get(1));
        jdbc.update("update mail_outbox set status = 'FAILED', created_at = date_sub(created_at, interval 90 day), "
                + "sent_at = null where id = ?", mails.get(2));

        NoticeCleanup.Removed removed = cleanup.run(now);

        assertThat(removed.mails()).isGreaterThanOrEqualTo(1);
        assertThat(notices.noticeIds(kari.id())).containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThat(jdbc.queryForList("select id from mail_outbox where recipient = ? and category <> 'account' order by id", Long.class,
                kari.email())).containsExactly(mails.get(1), mails.get(2), mails.get(3));
    }

    private void setRead(long id, Instant at) {
        jdbc.update("update notice set read_at = ? where id = ?", Timestamp.from(at), id);
    }
}

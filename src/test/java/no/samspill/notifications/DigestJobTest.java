package no.samspill.notifications;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import no.samspill.notifications.NoticeTestSupport.Person;
import no.samspill.platform.i18n.Language;
import no.samspill.support.MutableClock;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily digest, driven by the test context's clock moved to the next morning in Oslo. */
@SamspillSpringTest
class DigestJobTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    DigestJob digest;
    @Autowired
    NoticeTestSupport notices;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    NoticeCentre centre;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.logout();
    }

    @Test
    void at_seven_local_time_one_digest_goes_with_the_unread_notices_grouped_and_only_once() {
        Person dag = notices.newMember("digest", "Dag Digest", Language.NB);
        Person none = notices.newMember("digest-none", "Ingen Ting", Language.NB);
        long item = NoticeTestSupport.newObjectId();
        long other = NoticeTestSupport.newObjectId();
        notices.post(notices.itemAssigned(item, "Kartlegg behov", dag.id()));
        notices.post(notices.itemAssigned(other, "Bestill pumper", dag.id()));
        // the same item again in another period: two lines under one link
        Notice again = notices.itemAssigned(item, "Kartlegg behov", dag.id());
        notices.post(new Notice(again.category(), again.kind(), again.tenantId(), again.objectType(),
                again.objectId(), again.route(), List.of("A1", "Kartlegg behov (ny frist)"), again.recipients(), null,
                again.occurredAt(), "reassigned"));
        // read before the digest: not in it
        notices.post(notices.itemAssigned(NoticeTestSupport.newObjectId(), "Allerede lest", dag.id(), none.id()));
        users.login(dag.email());
        centre.markRead(notices.noticeIds(dag.id()).getLast());
        users.login(none.email());
        centre.markAllRead();
        TestUsers.logout();

        ZonedDateTime tomorrow = ZonedDateTime.now(clock.withZone(OSLO)).toLocalDate().plusDays(1).atTime(6, 50)
                .atZone(OSLO);
        moveTo(tomorrow);
        digest.run(clock.instant());
        assertThat(notices.outbox(dag.email())).as("not before seven").isEmpty();

        moveTo(tomorrow.plusMinutes(20));
        digest.run(clock.instant());
        List<Map<String, Object>> mails = notices.outbox(dag.email());
        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.get("subject")).isEqualTo("3 nye varsler i Samspill");
            assertThat(m.get("dedupe_key")).isEqualTo("digest:" + dag.id() + ":" + tomorrow.toLocalDate());
            assertThat((String) m.get("headers")).contains("List-Unsubscribe: <http://portal.test/unsubscribe/",
                    "List-Unsubscribe-Post: List-Unsubscribe=One-Click");
            String body = (String) m.get("body_text");
            assertThat(body).contains("Helse Sør-Øst RHF\n"
                    + "• Du er ansvarlig for tiltak A1 «Kartlegg behov»\n"
                    + "• Du er ansvarlig for tiltak A1 «Kartlegg behov (ny frist)»\n"
                    + "  http://portal.test/action-plans/items/" + item + "\n"
                    + "• Du er ansvarlig for tiltak A1 «Bestill pumper»\n"
                    + "  http://portal.test/action-plans/items/" + other)
                    .doesNotContain("Allerede lest");
        });
        assertThat(jdbc.queryForObject("select count(*) from notice where recipient_user_id = ? and mailed_at is null "
                + "and read_at is null", Integer.class, dag.id())).as("all marked as mailed").isZero();
        assertThat(notices.outbox(none.email())).as("nothing to someone who has nothing").isEmpty();

        // a new notice later that day waits for tomorrow's digest; the next run sends nothing
        notices.post(notices.itemAssigned(NoticeTestSupport.newObjectId(), "Senere", dag.id()));
        moveTo(tomorrow.plusMinutes(50));
        digest.run(clock.instant());
        assertThat(notices.outbox(dag.email())).hasSize(1);

        moveTo(tomorrow.plusDays(1).plusMinutes(15));
        digest.run(clock.instant());
        assertThat(notices.outbox(dag.email())).hasSize(2).last()
                .satisfies(m -> assertThat(m.get("subject")).isEqualTo("1 nytt varsel i Samspill"));
    }

    @Test
    void categories_mailed_at_once_or_portal_only_never_go_in_the_digest() {
        Person ida = notices.newMember("digest-immediate", "Ida Straks", Language.NB);
        users.login(ida.email());
        preferences.saveMine(Map.of(NoticeCategory.ACTION_PLAN, NoticeDelivery.PORTAL_ONLY));
        TestUsers.logout();
        notices.post(notices.itemAssigned(NoticeTestSupport.newObjectId(), "Bare i portalen", ida.id()));
        notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Sprøyter", null, ida.id()));

        moveTo(ZonedDateTime.now(clock.withZone(OSLO)).toLocalDate().plusDays(1).atTime(7, 5).atZone(OSLO));
        digest.run(clock.instant());
        assertThat(notices.outbox(ida.email())).extracting(m -> m.get("category"))
                .as("only the immediate mail").containsExactly("notice:MARKET_DIALOGUE");
    }

    private void moveTo(ZonedDateTime at) {
        clock.advance(Duration.between(clock.instant(), at.toInstant()));
        assertThat(Duration.between(clock.instant(), at.toInstant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

}

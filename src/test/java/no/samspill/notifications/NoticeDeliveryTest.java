package no.samspill.notifications;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.samspill.identity.UserAdminService;
import no.samspill.notifications.NoticeTestSupport.Person;
import no.samspill.platform.i18n.Language;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.samspill.notifications.MailTestSupport.part;
import static no.samspill.notifications.MailTestSupport.receivedBy;
import static org.assertj.core.api.Assertions.assertThat;

/** A notice reaches each recipient as they chose: a mail at once, the digest later, or the portal only. */
@SamspillSpringTest
class NoticeDeliveryTest {

    @Autowired
    NoticeTestSupport notices;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    MailSender sender;
    @Autowired
    EmbeddedSmtp smtp;
    @Autowired
    TestUsers users;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void an_immediate_recipient_gets_the_notice_by_mail_in_their_language_with_one_click_unsubscribe()
            throws Exception {
        Person kari = notices.newMember("varsel-nb", "Kari Varsel", Language.NB);
        Person mette = notices.newMember("varsel-da", "Mette Varsel", Language.DA);
        Person actor = notices.newMember("varsel-actor", "Per Handler", Language.NB);
        long dialogue = NoticeTestSupport.newObjectId();
        notices.post(notices.answerPublished(dialogue, "Insulinpumper 2027", actor.id(), kari.id(), mette.id(),
                actor.id()));

        assertThat(notices.outbox(kari.email())).singleElement().satisfies(m -> {
            assertThat(m.get("subject"))
                    .isEqualTo("Et nytt svar (nr. 1) er publisert til alle deltakere i markedsdialogen «Insulinpumper 2027»");
            assertThat((String) m.get("body_text")).contains("Hei Kari Varsel",
                    "Et nytt svar (nr. 1) er publisert til alle deltakere i markedsdialogen «Insulinpumper 2027».",
                    "http://portal.test/dialogues/"
                    + dialogue, "http://portal.test/notifications/settings",
                    "Denne e-posten ble sendt fra Samspill for Helse Sør-Øst RHF.");
        });
        assertThat(notices.outbox(mette.email())).extracting(m -> m.get("subject"))
                .containsExactly("Et nyt svar (nr. 1) er offentliggjort for alle deltagere i markedsdialogen “Insulinpumper 2027”");
        assertThat(notices.outbox(actor.email())).as("the actor is told nothing").isEmpty();
        assertThat(mailedAt(kari.id())).allMatch(t -> t != null);

        sender.deliverDue(clock.instant());
        MimeMessage mail = java.util.Arrays.stream(smtp.received())
                .filter(m -> no.samspill.support.Inbox.subject(m).contains("Insulinpumper 2027"))
                .filter(m -> no.samspill.support.Inbox.text(m).contains("Kari Varsel")).findFirst().orElseThrow();
        assertThat(mail.getHeader("List-Unsubscribe")[0]).matches("<http://portal\\.test/unsubscribe/[A-Za-z0-9_.-]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(part(mail, "text/html")).contains("<a href=\"http://portal.test/dialogues/" + dialogue + "\">");
    }

    @Test
    void the_same_notice_posted_twice_is_stored_and_mailed_once() {
        Person kari = notices.newMember("varsel-twice", "Kari To", Language.NB);
        Notice once = notices.answerPublished(NoticeTestSupport.newObjectId(), "Sprøyter", null, kari.id());
        notices.post(once);
        notices.post(once);
        assertThat(notices.noticeIds(kari.id())).hasSize(1);
        assertThat(notices.outbox(kari.email())).hasSize(1);
    }

    @Test
    void a_digest_recipient_gets_no_mail_at_once_and_portal_only_gets_none() {
        // action plans go by digest unless chosen otherwise
        Person digest = notices.newMember("varsel-digest", "Dag Digest", Language.NB);
        Person quiet = notices.newMember("varsel-quiet", "Stille Portal", Language.NB);
        users.login(quiet.email());
        preferences.saveMine(Map.of(NoticeCategory.MARKET_DIALOGUE, NoticeDelivery.PORTAL_ONLY));
        TestUsers.logout();

        notices.post(notices.itemAssigned(NoticeTestSupport.newObjectId(), "Kartlegg behov", digest.id()));
        notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Sprøyter", null, quiet.id()));

        assertThat(notices.outbox(digest.email())).isEmpty();
        assertThat(notices.outbox(quiet.email())).isEmpty();
        assertThat(mailedAt(digest.id())).containsOnlyNulls();
        assertThat(mailedAt(quiet.id())).containsOnlyNulls();
        assertThat(notices.noticeIds(quiet.id())).as("still in the portal").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?",
                Integer.class, "notice-preference.changed", quiet.id() + ":MARKET_DIALOGUE")).isEqualTo(1);
    }

    @Test
    void someone_whose_membership_was_ended_gets_no_mail() {
        Person gone = notices.newMember("varsel-gone", "Borte Vekk", Language.NB);
        users.login(TestUsers.HSO_ADMIN);
        Map<String, Object> membership = jdbc.queryForMap("select id, version from membership where user_id = ?",
                gone.id());
        userAdmin.setActive(((Number) membership.get("id")).longValue(), ((Number) membership.get("version"))
                .longValue(), false);
        TestUsers.logout();

        notices.post(notices.answerPublished(NoticeTestSupport.newObjectId(), "Sprøyter", null, gone.id()));
        assertThat(notices.outbox(gone.email())).isEmpty();
        assertThat(mailedAt(gone.id())).containsOnlyNulls();
    }

    private List<Timestamp> mailedAt(long userId) {
        return jdbc.queryForList("select mailed_at from notice where recipient_user_id = ?", Timestamp.class, userId);
    }
}

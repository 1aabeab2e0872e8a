package no.samspill.notifications;

import java.util.Map;
import java.util.Set;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.Inbox;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** In production a sent invitation keeps no copy of its one-time link in the outbox; elsewhere the page shows it. */
@SamspillSpringTest
class SentLinksTest {

    @Autowired
    MailSender sender;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TestUsers users;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restore() {
        ReflectionTestUtils.setField((Object) AopTestUtils.getTargetObject(sender), "keepSentLinks", true);
        TestUsers.logout();
    }

    @Test
    void a_sent_account_mail_loses_its_body_when_links_are_not_kept() {
        ReflectionTestUtils.setField((Object) AopTestUtils.getTargetObject(sender), "keepSentLinks", false);
        String email = TestUsers.uniqueEmail("forgotten-link");
        users.login(TestUsers.HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Glemt Lenke", Set.of(Role.MEMBER), null, Language.NB));
        assertThat(Inbox.text(inbox.await(email, "Invitasjon"))).contains("/set-password/");
        Awaitility.await().untilAsserted(() -> assertThat(row(email).get("status")).isEqualTo("SENT"));
        assertThat(row(email)).containsEntry("body_text", "").containsEntry("body_html", "");
    }

    @Test
    void outside_production_the_sent_invitation_keeps_its_link_for_the_sent_mail_page() {
        String email = TestUsers.uniqueEmail("kept-link");
        users.login(TestUsers.HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Beholdt Lenke", Set.of(Role.MEMBER), null, Language.NB));
        inbox.await(email, "Invitasjon");
        Awaitility.await().untilAsserted(() -> assertThat(row(email).get("status")).isEqualTo("SENT"));
        assertThat((String) row(email).get("body_text")).contains("/set-password/");
    }

    private Map<String, Object> row(String email) {
        return jdbc.queryForMap("select status, body_text, body_html from mail_outbox where recipient = ?", email);
    }
}

package no.samspill.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samspill.identity.AccountService;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringMemberRow;
import no.samspill.steeringgroup.SteeringRole;
import no.samspill.support.Inbox;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Members of a steering group read its exempt papers: its chair is told by mail of every membership change. */
@SamspillSpringTest
class SteeringMembershipMailsTest {

    private static final String CHAIR = "innkjop@helse-sorost.demo";

    @Autowired
    SteeringGroupService groups;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    Inbox inbox;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_chair_is_mailed_when_someone_joins_or_leaves_but_not_of_the_chair_s_own_appointment() {
        users.login(TestUsers.SKI_ADMIN);
        String name = "Styringsgruppe " + UUID.randomUUID();
        SteeringGroupDetails g = groups.create(name, new Mandate("", "", "", null, null, null));
        groups.addMember(g.id(), userId(CHAIR), SteeringRole.CHAIR, LocalDate.of(2026, 1, 1));
        assertThat(mailsTo(CHAIR, name)).as("no chair before the chair").isEmpty();

        String newcomer = TestUsers.uniqueEmail("styremedlem");
        userAdmin.invite(new InviteCommand(newcomer, "Nina Nykommer", Set.of(Role.MEMBER), null, Language.NB));
        accounts.setPassword(inbox.token(newcomer), "et godt langt passord", "et godt langt passord");
        SteeringGroupDetails d = groups.addMember(g.id(), userId(newcomer), SteeringRole.MEMBER,
                LocalDate.of(2026, 2, 1));
        List<Map<String, Object>> added = mailsTo(CHAIR, name);
        assertThat(added).singleElement().satisfies(m -> {
            assertThat(m.get("subject")).isEqualTo("Nytt medlem i " + name);
            assertThat((String) m.get("body_text")).contains("Nina Nykommer", "unntatt offentlighet",
                    "http://portal.test/steering/" + g.id(), "sendt fra Samspill for Sykehusinnkjøp HF");
        });

        SteeringMemberRow row = d.members().stream().filter(r -> r.userId() == userId(newcomer)).findFirst()
                .orElseThrow();
        groups.endMembership(row.id(), row.version(), groups.today());
        assertThat(mailsTo(CHAIR, name)).extracting(m -> m.get("subject"))
                .containsExactlyInAnyOrder("Nytt medlem i " + name, "Et medlem har gått ut av " + name);
        assertThat(mailsTo(newcomer, name)).as("only chairs are told").isEmpty();
    }

    private List<Map<String, Object>> mailsTo(String email, String groupName) {
        return jdbc.queryForList("select subject, body_text from mail_outbox where recipient = ? and category = ? "
                + "and subject like ?", email, SteeringMembershipMails.CATEGORY, "%" + groupName);
    }

    private long userId(String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}

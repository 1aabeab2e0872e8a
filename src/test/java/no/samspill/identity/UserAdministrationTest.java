package no.samspill.identity;

import java.util.Set;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.audit.AuditRow;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Role;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class UserAdministrationTest {

    @Autowired
    Inbox inbox;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLogService audit;
    @Autowired
    TestUsers users;

    @BeforeEach
    void login() {
        users.login(TestUsers.HSO_ADMIN);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void invitation_mails_a_one_time_link_that_sets_the_password_and_accepts_the_membership() throws Exception {
        String email = TestUsers.uniqueEmail("invite");
        invite(email, Role.MEMBER);
        assertThat(userAdmin.members(email, 0, 1).getFirst().pending()).isTrue();
        var mail = inbox.await(email, "Invitasjon til Helse Sør-Øst RHF");
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo(TestUsers.HSO_ADMIN);
        String token = inbox.token(email);
        assertThat(Inbox.text(mail)).contains("http://portal.test/set-password/" + token);
        assertThat(accounts.invitation(token)).get()
                .satisfies(i -> assertThat(i.tenantName()).isEqualTo("Helse Sør-Øst RHF"));
        TestUsers.logout();
        accounts.setPassword(token, "correct horse battery", "correct horse battery");
        assertThat(accounts.invitation(token)).isEmpty();
        users.login(TestUsers.HSO_ADMIN);
        MemberRow accepted = userAdmin.members(email, 0, 1).getFirst();
        assertThat(accepted.pending()).isFalse();
        assertThat(accepted.active()).isTrue();
        TestUsers.logout();
        assertThatThrownBy(() -> accounts.setPassword(token, "another long password",
                "another long password")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("password.error.link");
    }

    @Test
    void weak_or_mismatched_passwords_are_refused_and_the_link_stays_usable() {
        String email = TestUsers.uniqueEmail("weak");
        invite(email, Role.MEMBER);
        TestUsers.logout();
        String token = inbox.token(email);
        assertThatThrownBy(() -> accounts.setPassword(token, "short", "short"))
                .hasMessageContaining("password.error.length");
        assertThatThrownBy(() -> accounts.setPassword(token, "long enough password", "long enough passw0rd"))
                .hasMessageContaining("password.error.mismatch");
        for (String common : new String[] {"passwordpassword", "Sommer2024!!!", "123456789012", "qwertyuiop123",
                "aaaaaaaaaaaaaa", "   sommerfugl  2025"}) {
            assertThatThrownBy(() -> accounts.setPassword(token, common, common)).as(common)
                    .hasMessageContaining("password.error.common");
        }
        assertThatThrownBy(() -> accounts.setPassword(token, email, email)).hasMessageContaining("password.error.email");
        assertThat(accounts.invitation(token)).isPresent();
    }

    @Test
    void inviting_someone_who_has_an_account_elsewhere_offers_a_membership_by_mail_without_a_link() {
        users.login(TestUsers.SKI_ADMIN);
        userAdmin.invite(new InviteCommand(TestUsers.HSO_MEMBER, "Kari Nordmann",
                Set.of(Role.MEMBER), null, Language.NB));
        assertThat(userAdmin.members(TestUsers.HSO_MEMBER, 0, 5)).singleElement()
                .satisfies(r -> assertThat(r.pending()).isTrue());
        var offer = inbox.await(TestUsers.HSO_MEMBER, "Invitasjon til Sykehusinnkjøp");
        assertThat(Inbox.text(offer)).contains("http://portal.test/invitations").doesNotContain("set-password");
    }

    @Test
    void inviting_someone_whose_invitation_is_still_open_succeeds_as_already_invited_and_records_nothing_more() {
        users.login(TestUsers.SKI_ADMIN);
        InviteCommand invite = new InviteCommand(TestUsers.uniqueEmail("dobbel"), "Dobbel Klikk", Set.of(Role.MEMBER),
                null, Language.NB);
        InvitationResult first = userAdmin.invite(invite);
        AuditFilter invited = new AuditFilter(null, "user.invited", null, null);
        long entries = audit.count(invited);

        InvitationResult again = userAdmin.invite(invite);

        assertThat(first.outcome()).isEqualTo(InvitationResult.Outcome.INVITED);
        assertThat(again.outcome()).isEqualTo(InvitationResult.Outcome.ALREADY_INVITED);
        assertThat(again.membershipId()).isEqualTo(first.membershipId());
        assertThat(audit.count(invited)).as("audit entries for the repeat").isEqualTo(entries);
    }

    @Test
    void inviting_someone_who_is_already_a_member_says_so_without_a_new_invitation() {
        users.login(TestUsers.SKI_ADMIN);
        AuditFilter invited = new AuditFilter(null, "user.invited", null, null);
        long entries = audit.count(invited);

        InvitationResult result = userAdmin.invite(new InviteCommand(TestUsers.SKI_ADMIN, "Admin",
                Set.of(Role.MEMBER), null, Language.NB));

        assertThat(result.outcome()).isEqualTo(InvitationResult.Outcome.ALREADY_MEMBER);
        assertThat(audit.count(invited)).isEqualTo(entries);
    }

    @Test
    void bad_invitation_input_gets_a_clear_error() {
        for (String bad : new String[] {"not-an-email", "kari@@helse.no", "kari nordmann@helse.no", "kari@helse",
                "kari@helse..no", "<kari@helse.no>", "kari@helse.no, per@helse.no"}) {
            assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(bad, "Navn", Set.of(Role.MEMBER),
                    null, Language.NB))).as(bad).hasMessageContaining("user.error.email");
        }
        assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("x"),
                "<script>alert(1)</script>", Set.of(Role.MEMBER), null, Language.NB)))
                .hasMessageContaining("user.error.name-markup");
        assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("x"), "Navn", Set.of(),
                null, Language.NB))).hasMessageContaining("user.error.no-role");
        assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("x"), "Navn",
                Set.of(Role.SUPPLIER_USER), null, Language.NB))).hasMessageContaining("user.error.role-not-allowed");
        assertThatThrownBy(() -> userAdmin.invite(new InviteCommand(TestUsers.uniqueEmail("x"), "x".repeat(201),
                Set.of(Role.MEMBER), null, Language.NB))).hasMessageContaining("user.error.name");
    }

    @Test
    void changing_roles_is_audited_with_old_and_new_values() {
        String email = TestUsers.uniqueEmail("roles");
        invite(email, Role.MEMBER);
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        MemberRow changed = userAdmin.changeRoles(row.membershipId(), row.version(),
                Set.of(Role.MEMBER, Role.PROCUREMENT_LEAD), null);
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.PROCUREMENT_LEAD);
        AuditRow entry = audit.search(new AuditFilter(null, "user.roles-changed", null, null), 0, 1).getFirst();
        assertThat(entry.actor()).isEqualTo(TestUsers.HSO_ADMIN);
        assertThat(entry.entityId()).isEqualTo(String.valueOf(row.membershipId()));
        assertThat(entry.changes()).isEqualTo("roles: [MEMBER] → [MEMBER, PROCUREMENT_LEAD]");
    }

    @Test
    void a_stale_edit_is_refused_and_the_newer_save_is_kept() {
        String email = TestUsers.uniqueEmail("stale");
        invite(email, Role.MEMBER);
        MemberRow seenByBoth = userAdmin.members(email, 0, 1).getFirst();
        userAdmin.changeRoles(seenByBoth.membershipId(), seenByBoth.version(), Set.of(Role.PROCUREMENT_LEAD), null);
        assertThatThrownBy(() -> userAdmin.changeRoles(seenByBoth.membershipId(), seenByBoth.version(),
                Set.of(Role.TENANT_ADMIN), null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(userAdmin.members(email, 0, 1).getFirst().roles()).containsExactly(Role.PROCUREMENT_LEAD);
    }

    @Test
    void an_admin_cannot_lock_themselves_out() {
        MemberRow me = userAdmin.members(TestUsers.HSO_ADMIN, 0, 1).getFirst();
        assertThatThrownBy(() -> userAdmin.setActive(me.membershipId(), me.version(), false))
                .hasMessageContaining("user.error.deactivate-self");
        assertThatThrownBy(() -> userAdmin.changeRoles(me.membershipId(), me.version(), Set.of(Role.MEMBER), null))
                .hasMessageContaining("user.error.own-admin-role");
    }

    @Test
    void language_preference_is_saved() {
        users.login(TestUsers.RM_ADMIN);
        assertThat(accounts.me().language()).isEqualTo(Language.DA);
        try {
            accounts.changeLanguage(Language.EN);
            assertThat(accounts.me().language()).isEqualTo(Language.EN);
        } finally {
            accounts.changeLanguage(Language.DA);
        }
    }

    @Test
    void a_new_link_makes_the_old_one_worthless_and_a_used_link_cannot_be_used_again() {
        String email = TestUsers.uniqueEmail("relink");
        InvitationResult first = invite(email, Role.MEMBER);
        String firstToken = inbox.token(email);
        userAdmin.reissueInvitation(first.membershipId());
        String secondToken = inbox.tokenOtherThan(email, firstToken);
        assertThat(accounts.invitation(firstToken)).isEmpty();
        TestUsers.logout();
        assertThatThrownBy(() -> accounts.setPassword(firstToken, "long enough password", "long enough password"))
                .hasMessageContaining("password.error.link");
        accounts.setPassword(secondToken, "long enough password", "long enough password");
        assertThatThrownBy(() -> accounts.setPassword(secondToken, "another long password",
                "another long password")).hasMessageContaining("password.error.link");
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> userAdmin.reissueInvitation(first.membershipId()))
                .hasMessageContaining("user.error.not-pending");
    }

    @Test
    void a_password_over_bcrypts_72_bytes_gets_a_clear_message() {
        String email = TestUsers.uniqueEmail("bytes");
        invite(email, Role.MEMBER);
        TestUsers.logout();
        String longNorwegian = "æøå".repeat(13);
        assertThatThrownBy(() -> accounts.setPassword(inbox.token(email), longNorwegian, longNorwegian))
                .hasMessageContaining("password.error.bytes");
    }

    private InvitationResult invite(String email, Role role) {
        return userAdmin.invite(new InviteCommand(email, "Test Person", Set.of(role), null, Language.NB));
    }
}

package no.samspill.identity;

import java.util.Set;
import no.samspill.audit.AuditFilter;
import no.samspill.audit.AuditLogService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.SamspillPrincipal;
import no.samspill.support.Inbox;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account journeys over real SMTP (the embedded GreenMail the portal sends to): an invitation's link reaches the
 * address only; an existing account's membership waits for its owner's answer; a reset works for a known address
 * and says nothing of an unknown one; and the takeover that links shown to admins made possible no longer works.
 */
@SamspillSpringTest
class AccountJourneyTest {

    private static final String PASSWORD = "lange ord er gode passord";

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationAnswers answers;
    @Autowired
    PasswordResets resets;
    @Autowired
    ThrottlingAuthenticationProvider login;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditLogService audit;
    @Autowired
    TestUsers users;
    @Autowired
    Inbox inbox;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void invite_mail_link_password_login() {
        String email = TestUsers.uniqueEmail("journey");
        users.login(TestUsers.HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Jonas Reise", Set.of(Role.MEMBER), null, Language.EN));
        TestUsers.logout();
        var mail = inbox.await(email, "Invitation to Helse Sør-Øst RHF");
        assertThat(Inbox.text(mail)).startsWith("Hello Jonas Reise,").contains("7 days")
                .contains("This mail was sent by Samspill for Helse Sør-Øst RHF.");
        accounts.setPassword(inbox.token(email), PASSWORD, PASSWORD);
        assertThat(login.authenticate(LoginThrottleTest.token(email, PASSWORD, LoginThrottleTest.randomAddress()))
                .isAuthenticated()).isTrue();
        users.login(email);
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Helse Sør-Øst RHF");
    }

    @Test
    void a_pending_membership_grants_nothing_until_accepted_after_login() {
        String email = personWithPassword("pending-accept");
        users.login(TestUsers.SKI_ADMIN);
        InvitationResult offer = userAdmin.invite(new InviteCommand(email, "Navn Admin Skrev", Set.of(Role.MEMBER),
                null, Language.NB));
        assertThat(Inbox.text(inbox.await(email, "Invitasjon til Sykehusinnkjøp"))).contains("/invitations");

        users.login(email);
        assertThat(accounts.me().grants()).extracting(g -> g.tenantName()).containsExactly("Helse Sør-Øst RHF");
        assertThat(answers.pending()).singleElement().satisfies(p -> {
            assertThat(p.tenantName()).isEqualTo("Sykehusinnkjøp HF");
            assertThat(p.invitedBy()).isNotBlank();
        });
        answers.accept(offer.membershipId());
        assertThat(accounts.me().grants()).extracting(g -> g.tenantName())
                .containsExactlyInAnyOrder("Helse Sør-Øst RHF", "Sykehusinnkjøp HF");
        SamspillPrincipal now = (SamspillPrincipal) SecurityContextHolder.getContext().getAuthentication()
                .getPrincipal();
        assertThat(now.activeTenantId()).as("acts in the accepted tenant").isNotNull();
        assertThat(answers.pending()).isEmpty();

        users.login(TestUsers.SKI_ADMIN);
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        assertThat(row.pending()).isFalse();
        assertThat(row.active()).isTrue();
        assertThat(audit.count(new AuditFilter(null, "user.invitation-accepted", null, null))).isPositive();
    }

    @Test
    void a_declined_invitation_is_gone_and_cannot_be_accepted() {
        String email = personWithPassword("pending-decline");
        users.login(TestUsers.SKI_ADMIN);
        InvitationResult offer = userAdmin.invite(new InviteCommand(email, "Kanskje", Set.of(Role.MEMBER), null,
                Language.NB));
        users.login(email);
        answers.decline(offer.membershipId());
        assertThat(answers.pending()).isEmpty();
        assertThatThrownBy(() -> answers.accept(offer.membershipId())).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThat(userAdmin.members(email, 0, 1)).isEmpty();
        assertThat(audit.count(new AuditFilter(null, "user.invitation-declined", null, null))).isPositive();
    }

    @Test
    void nobody_else_can_accept_or_decline_someone_s_invitation() {
        String email = personWithPassword("pending-other");
        users.login(TestUsers.SKI_ADMIN);
        InvitationResult offer = userAdmin.invite(new InviteCommand(email, "Ikke Din", Set.of(Role.MEMBER), null,
                Language.NB));
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> answers.accept(offer.membershipId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> answers.decline(offer.membershipId())).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> userAdmin.setActive(offer.membershipId(),
                userAdmin.members(email, 0, 1).getFirst().version(), true))
                .hasMessageContaining("user.error.pending");
    }

    @Test
    void someone_whose_only_memberships_are_invitations_may_log_in_to_answer_them() {
        String email = personWithPassword("only-pending");
        users.login(TestUsers.HSO_ADMIN);
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        userAdmin.setActive(row.membershipId(), row.version(), false);
        assertThatThrownBy(() -> login.authenticate(LoginThrottleTest.token(email, PASSWORD,
                LoginThrottleTest.randomAddress()))).isInstanceOf(BadCredentialsException.class);
        users.login(TestUsers.SKI_ADMIN);
        InvitationResult offer = userAdmin.invite(new InviteCommand(email, "Ny Start", Set.of(Role.MEMBER), null,
                Language.NB));
        assertThat(login.authenticate(LoginThrottleTest.token(email, PASSWORD, LoginThrottleTest.randomAddress()))
                .isAuthenticated()).isTrue();
        users.login(email);
        assertThat(((SamspillPrincipal) userDetails.loadUserByUsername(email)).grants()).isEmpty();
        answers.accept(offer.membershipId());
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Sykehusinnkjøp HF");
    }

    @Test
    void a_reset_mails_a_link_to_a_known_address_and_nothing_to_an_unknown_one() {
        String email = personWithPassword("reset");
        int before = inbox.mailsTo(email).size();
        resets.request("  " + email.toUpperCase() + " ");
        var mail = inbox.await(email, "Nytt passord til Samspill");
        assertThat(Inbox.text(mail)).contains("én time").contains("Denne e-posten ble sendt fra Samspill.");
        String token = inbox.token(email);
        assertThat(accounts.invitation(token)).get().satisfies(i -> assertThat(i.reset()).isTrue());
        accounts.setPassword(token, "et helt nytt passord her", "et helt nytt passord her");
        assertThatThrownBy(() -> login.authenticate(LoginThrottleTest.token(email, PASSWORD,
                LoginThrottleTest.randomAddress()))).isInstanceOf(BadCredentialsException.class);
        assertThat(login.authenticate(LoginThrottleTest.token(email, "et helt nytt passord her",
                LoginThrottleTest.randomAddress())).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> accounts.setPassword(token, "enda et nytt passord", "enda et nytt passord"))
                .hasMessageContaining("password.error.link");
        assertThat(inbox.mailsTo(email)).hasSize(before + 1);

        String unknown = TestUsers.uniqueEmail("nobody");
        resets.request(unknown);
        resets.request("not an address at all");
        inbox.await(email, "Nytt passord");
        assertThat(inbox.mailsTo(unknown)).isEmpty();
    }

    @Test
    void resets_are_capped_per_account_so_nobody_can_flood_an_inbox() throws InterruptedException {
        String email = personWithPassword("reset-cap");
        int before = inbox.mailsTo(email).size();
        for (int i = 0; i < IdentityRules.RESETS_PER_WINDOW + 2; i++) {
            resets.request(email);
        }
        // waits for the count, not for each new link: the mails may all have arrived before the first look
        inbox.awaitMails(email, before + IdentityRules.RESETS_PER_WINDOW);
        Thread.sleep(500);
        assertThat(inbox.mailsTo(email)).hasSize(before + IdentityRules.RESETS_PER_WINDOW);
    }

    @Test
    void changing_the_password_needs_the_current_one() {
        String email = personWithPassword("change");
        users.login(email);
        assertThatThrownBy(() -> accounts.changePassword("feil passord her", "et nytt langt passord",
                "et nytt langt passord")).hasMessageContaining("password.error.current");
        assertThatThrownBy(() -> accounts.changePassword(PASSWORD, "passordpassord", "passordpassord"))
                .hasMessageContaining("password.error.common");
        accounts.changePassword(PASSWORD, "et nytt langt passord", "et nytt langt passord");
        assertThat(login.authenticate(LoginThrottleTest.token(email, "et nytt langt passord",
                LoginThrottleTest.randomAddress())).isAuthenticated()).isTrue();
        users.login(TestUsers.HSO_ADMIN);
        assertThat(audit.count(new AuditFilter(null, "user.password-changed", null, null))).isPositive();
    }

    /**
     * The hole this closes: a supplier's admin invites a buyer's public address, sets its password with the link
     * and waits for the buyer to invite the same address. Now the link goes only to that mailbox, the supplier's
     * admin is told nothing they could use, and a membership attaches to nothing until the owner accepts it.
     */
    @Test
    void a_supplier_cannot_take_over_a_buyer_s_address() {
        String buyerAddress = TestUsers.uniqueEmail("postmottak");
        users.login(TestUsers.MEDTRONIC_ADMIN);
        InvitationResult planted = userAdmin.invite(new InviteCommand(buyerAddress, "Postmottak",
                Set.of(Role.SUPPLIER_USER), null, Language.NB));
        assertThat(planted).isEqualTo(new InvitationResult(planted.membershipId(), buyerAddress));
        userAdmin.reissueInvitation(planted.membershipId());
        TestUsers.logout();
        resets.request(buyerAddress);
        inbox.awaitMails(buyerAddress, 3);
        assertThat(inbox.mailsTo(buyerAddress)).as("every link went to the address itself")
                .allSatisfy(m -> assertThat(m.getAllRecipients()).extracting(Object::toString)
                        .containsExactly(buyerAddress));
        assertThat(inbox.mailsTo(TestUsers.MEDTRONIC_ADMIN)).noneMatch(m -> Inbox.text(m).contains("set-password"));

        users.login(TestUsers.HSO_ADMIN);
        InvitationResult real = userAdmin.invite(new InviteCommand(buyerAddress, "Postmottak HSØ",
                Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();
        // the owner reads their own mailbox: the newest link is the buyer's and accepts the buyer's membership only
        var mails = inbox.awaitMails(buyerAddress, 4);
        assertThat(Inbox.subject(mails.getLast())).isEqualTo("Invitasjon til Helse Sør-Øst RHF i Samspill");
        String token = inbox.token(buyerAddress);
        accounts.setPassword(token, PASSWORD, PASSWORD);
        users.login(buyerAddress);
        assertThat(accounts.me().grants()).extracting(g -> g.tenantName()).containsExactly("Helse Sør-Øst RHF");
        assertThat(answers.pending()).singleElement()
                .satisfies(p -> assertThat(p.tenantName()).isEqualTo("Medtronic"));
        answers.decline(planted.membershipId());
        assertThat(answers.pending()).isEmpty();
        assertThat(real.membershipId()).isNotEqualTo(planted.membershipId());
    }

    private String personWithPassword(String prefix) {
        String email = TestUsers.uniqueEmail(prefix);
        users.login(TestUsers.HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Test " + prefix, Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();
        accounts.setPassword(inbox.token(email), PASSWORD, PASSWORD);
        return email;
    }
}

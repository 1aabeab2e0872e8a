package no.samspill.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Set;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.Inbox;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Forgot password, and the invitations page that someone with only invitations lands on. */
class AccountViewsTest extends KaribuTest {

    private static final String PASSWORD = "lange ord er gode passord";

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    Inbox inbox;

    @Test
    void the_login_page_offers_forgot_password_which_answers_alike_for_known_and_unknown_addresses() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).isForgotPasswordButtonVisible()).isTrue();
        String known = personWithPassword("forgot-view");
        String unknown = TestUsers.uniqueEmail("forgot-unknown");
        String[] answers = new String[2];
        int i = 0;
        for (String address : new String[] {known, unknown}) {
            UI.getCurrent().navigate("forgot-password");
            _setValue(_get(EmailField.class), address);
            _click(_get(Button.class, s -> s.withId("forgot-send")));
            answers[i++] = _get(Paragraph.class, s -> s.withId("forgot-sent")).getText().replace(address, "…");
        }
        assertThat(answers[0]).isEqualTo(answers[1]).contains("én time");
        assertThat(Inbox.subject(inbox.await(known, "Nytt passord"))).isEqualTo("Nytt passord til Samspill");
        assertThat(inbox.mailsTo(unknown)).isEmpty();
    }

    @Test
    void someone_with_only_an_invitation_lands_on_the_invitations_page_and_accepts_there() {
        String email = personWithPassword("only-invited");
        users.login(TestUsers.HSO_ADMIN);
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        userAdmin.setActive(row.membershipId(), row.version(), false);
        users.login(TestUsers.RM_ADMIN);
        InvitationResult offer = userAdmin.invite(new InviteCommand(email, "Ny Her", Set.of(Role.MEMBER), null,
                Language.DA));

        loginAndOpen(email, "");
        assertThat(_get(Div.class, s -> s.withId("invitations")).getElement().getTextRecursively())
                .contains("Region Midtjylland");
        UI.getCurrent().navigate("projects");
        assertThat(_find(Div.class, s -> s.withId("invitations"))).as("every page leads here").hasSize(1);
        _click(_get(Button.class, s -> s.withId("accept-" + offer.membershipId())));
        assertThat(accounts.me().activeTenant().tenantName()).isEqualTo("Region Midtjylland");
    }

    @Test
    void a_member_with_an_invitation_sees_it_on_the_dashboard() {
        String email = personWithPassword("dashboard-invited");
        users.login(TestUsers.RM_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Også Her", Set.of(Role.MEMBER), null, Language.DA));
        loginAndOpen(email, "");
        assertThat(_get(Div.class, s -> s.withId("invitations-card")).getElement().getTextRecursively())
                .contains("Du har én invitasjon som venter på svar.");
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

package no.samspill.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Set;
import no.samspill.identity.AccountService;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.Inbox;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static org.assertj.core.api.Assertions.assertThat;

/** "Change password" in the user menu: errors land on their field, the typed values stay, the change works. */
class ChangePasswordDialogTest extends KaribuTest {

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void a_wrong_current_password_is_shown_on_its_field_and_the_right_one_changes_it() {
        String email = TestUsers.uniqueEmail("change-view");
        users.login(TestUsers.HSO_ADMIN);
        userAdmin.invite(new InviteCommand(email, "Bytter Passord", Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();
        accounts.setPassword(inbox.token(email), "gammelt men langt passord", "gammelt men langt passord");

        loginAndOpen(email, "");
        _clickItemWithID(_get(MenuBar.class, s -> s.withId("user-menu")), "change-password");
        _setValue(_get(PasswordField.class, s -> s.withId("current-password")), "feil gammelt passord");
        _setValue(_get(PasswordField.class, s -> s.withId("new-password")), "et nytt og langt passord");
        _setValue(_get(PasswordField.class, s -> s.withId("repeat-password")), "et nytt og langt passord");
        _click(_get(Button.class, s -> s.withId("save-password")));
        PasswordField current = _get(PasswordField.class, s -> s.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Det nåværende passordet er feil.");
        assertThat(_get(PasswordField.class, s -> s.withId("new-password")).getValue())
                .isEqualTo("et nytt og langt passord");

        _setValue(current, "gammelt men langt passord");
        _click(_get(Button.class, s -> s.withId("save-password")));
        assertThat(_find(PasswordField.class, s -> s.withId("current-password"))).isEmpty();
        String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
                email);
        assertThat(encoder.matches("et nytt og langt passord", hash)).isTrue();
    }
}

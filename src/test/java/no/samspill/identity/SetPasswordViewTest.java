package no.samspill.identity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.KaribuTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SetPasswordViewTest extends KaribuTest {

    @Autowired
    Inbox inbox;
    @Autowired
    UserAdminService userAdmin;

    @Test
    void invited_person_sets_a_password_through_the_link_and_a_mismatch_shows_at_the_repeated_password() {
        users.login(TestUsers.HSO_ADMIN);
        String email = TestUsers.uniqueEmail("view-password");
        userAdmin.invite(new InviteCommand(email, "Per Passord", Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();

        UI.getCurrent().navigate("set-password/" + inbox.token(email));
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().contains("Helse Sør-Øst RHF"));
        _setValue(_get(PasswordField.class, s -> s.withLabel("Nytt passord")), "et langt passord");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Gjenta passordet")), "et annet passord");
        _click(_get(Button.class, s -> s.withText("Lagre passord")));
        PasswordField field = _get(PasswordField.class, s -> s.withLabel("Gjenta passordet"));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("De to passordene er ikke like.");
        assertThat(field.getValue()).isEqualTo("et annet passord");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Nytt passord")).isInvalid()).isFalse();

        _setValue(_get(PasswordField.class, s -> s.withLabel("Gjenta passordet")), "et langt passord");
        _click(_get(Button.class, s -> s.withText("Lagre passord")));
        assertThat(_get(H1.class).getText()).isEqualTo("Passordet er lagret");
    }

    @Test
    void the_page_speaks_the_language_of_the_invitation() {
        users.login(TestUsers.HSO_ADMIN);
        String email = TestUsers.uniqueEmail("view-password-da");
        userAdmin.invite(new InviteCommand(email, "Dorte Dansk", Set.of(Role.MEMBER), null, Language.DA));
        TestUsers.logout();

        UI.getCurrent().navigate("set-password/" + inbox.token(email));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("da");
        assertThat(_get(H1.class).getText()).isEqualTo(t("password.title"));
        assertThat(_get(PasswordField.class, s -> s.withId("new-password")).getLabel()).isEqualTo(t("password.new"))
                .isNotEqualTo("Nytt passord");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(t("password.title"));
    }

    @Test
    void a_malformed_address_on_the_forgot_password_page_is_refused_at_the_field_and_kept() {
        UI.getCurrent().navigate("forgot-password");
        EmailField email = _get(EmailField.class, s -> s.withId("forgot-email"));
        _setValue(email, "per.passord");
        _click(_get(Button.class, s -> s.withId("forgot-send")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(t("user.error.email"));
        assertThat(email.getValue()).isEqualTo("per.passord");
        assertThat(_find(Paragraph.class, s -> s.withId("forgot-sent"))).isEmpty();
    }

    @Test
    void an_unknown_link_says_so_and_offers_the_login_page() {
        UI.getCurrent().navigate("set-password/not-a-real-token");
        assertThat(_find(Paragraph.class)).anyMatch(p -> p.getText().startsWith("Lenken er ikke gyldig"));
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void the_login_page_explains_throttling() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("throttled", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("For mange forsøk");
    }
}

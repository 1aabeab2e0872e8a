package no.samspill.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import no.samspill.platform.security.Role;
import no.samspill.support.KaribuTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    Inbox inbox;

    @Test
    void tenant_admin_sees_only_own_tenants_users() {
        loginAndOpen(TestUsers.HSO_ADMIN, "users");
        assertThat(heading()).isEqualTo("Brukere");
        @SuppressWarnings("unchecked")
        Grid<MemberRow> grid = _get(Grid.class);
        List<String> shown = IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i).email()).toList();
        assertThat(shown).contains(TestUsers.HSO_ADMIN, TestUsers.HSO_LEAD, TestUsers.HSO_MEMBER)
                .doesNotContain(TestUsers.MEDTRONIC_USER, TestUsers.MEDTRONIC_ADMIN, TestUsers.GE_USER);
    }

    @Test
    void inviting_through_the_form_says_sent_and_never_shows_the_link() {
        loginAndOpen(TestUsers.HSO_ADMIN, "users");
        _click(_get(Button.class, s -> s.withId("invite-user")));
        String email = TestUsers.uniqueEmail("view-invite");
        _setValue(_get(EmailField.class), email);
        _setValue(_get(TextField.class, s -> s.withLabel("Navn")), "Nora Nyansatt");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        _setValue(roles, Set.of(Role.MEMBER));
        _click(_get(Button.class, s -> s.withId("send-invitation")));
        assertThat(lastNotification()).contains("Invitasjonen er sendt til " + email).doesNotContain("set-password");
        assertThat(_find(TextField.class, s -> s.withId("invitation-link"))).isEmpty();
        assertThat(userAdmin.members(email, 0, 1)).extracting(MemberRow::displayName).containsExactly("Nora Nyansatt");
        assertThat(inbox.token(email)).isNotBlank();
    }

    @Test
    void a_refused_invitation_keeps_what_was_typed() {
        loginAndOpen(TestUsers.HSO_ADMIN, "users");
        _click(_get(Button.class, s -> s.withId("invite-user")));
        _setValue(_get(EmailField.class), "not-an-email");
        _setValue(_get(TextField.class, s -> s.withLabel("Navn")), "Skrevet Inn");
        _click(_get(Button.class, s -> s.withId("send-invitation")));
        assertThat(_get(TextField.class, s -> s.withLabel("Navn")).getValue()).isEqualTo("Skrevet Inn");
        assertThat(_get(EmailField.class).getValue()).isEqualTo("not-an-email");
    }

    @Test
    void supplier_admin_can_only_give_supplier_roles() {
        loginAndOpen(TestUsers.MEDTRONIC_ADMIN, "users");
        _click(_get(Button.class, s -> s.withId("invite-user")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        assertThat(roles.getListDataView().getItems()).containsExactly(Role.TENANT_ADMIN, Role.SUPPLIER_USER);
    }

    @Test
    void inviting_someone_already_a_member_is_told_as_information_not_as_an_error() {
        loginAndOpen(TestUsers.HSO_ADMIN, "users");
        _click(_get(Button.class, s -> s.withId("invite-user")));
        _setValue(_get(EmailField.class), TestUsers.HSO_MEMBER);
        _setValue(_get(TextField.class, s -> s.withLabel("Navn")), "Kari Klinikker");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class);
        _setValue(roles, Set.of(Role.MEMBER));
        _click(_get(Button.class, s -> s.withId("send-invitation")));

        assertThat(lastNotification()).contains(t("users.invite.already-member", TestUsers.HSO_MEMBER));
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown.getLast().getThemeNames()).as("the notification's theme")
                .doesNotContain("error").contains("contrast");
        assertThat(_find(Button.class, s -> s.withId("send-invitation"))).as("the dialog closed").isEmpty();
    }
}

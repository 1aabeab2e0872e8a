package no.samspill.identity;

import java.util.Set;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.SamspillPrincipal;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SamspillSpringTest
class LoginSecurityTest {

    @Autowired
    Inbox inbox;
    @Autowired
    ThrottlingAuthenticationProvider login;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext web;

    private final String address = LoginThrottleTest.randomAddress();

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void demo_user_logs_in_with_the_right_password_and_gets_the_roles_of_the_active_tenant() {
        Authentication auth = login.authenticate(token(TestUsers.HSO_ADMIN, TestUsers.PASSWORD));
        assertThat(auth.getPrincipal()).isInstanceOf(SamspillPrincipal.class);
        assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority()).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_TENANT_ADMIN");
    }

    @Test
    void wrong_password_is_refused() {
        assertThatThrownBy(() -> login.authenticate(token(TestUsers.HSO_MEMBER, "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String hash = jdbc.queryForObject("select password_hash from user_account where email = ?", String.class,
                TestUsers.HSO_ADMIN);
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(TestUsers.PASSWORD);
    }

    @Test
    void deactivated_user_cannot_log_in() {
        String email = newUserWithPassword("deactivated");
        assertThat(login.authenticate(token(email, "a-good-long-password")).isAuthenticated()).isTrue();
        users.login(TestUsers.HSO_ADMIN);
        MemberRow row = userAdmin.members(email, 0, 1).getFirst();
        userAdmin.setActive(row.membershipId(), row.version(), false);
        TestUsers.logout();
        assertThatThrownBy(() -> login.authenticate(token(email, "a-good-long-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void five_failures_slow_the_account_for_the_address_they_came_from_even_with_the_right_password() {
        String email = newUserWithPassword("throttled");
        for (int i = 0; i < IdentityRules.ACCOUNT_FAILURES_BEFORE_SLOWING; i++) {
            assertThatThrownBy(() -> login.authenticate(token(email, "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(token(email, "a-good-long-password")))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_successful_login_forgives_the_failures_from_its_address() {
        String email = newUserWithPassword("reset");
        for (int i = 0; i < IdentityRules.ACCOUNT_FAILURES_BEFORE_SLOWING - 1; i++) {
            assertThatThrownBy(() -> login.authenticate(token(email, "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        login.authenticate(token(email, "a-good-long-password"));
        assertThatThrownBy(() -> login.authenticate(token(email, "wrong-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(login.authenticate(token(email, "a-good-long-password")).isAuthenticated()).isTrue();
    }

    @Test
    void login_form_slows_the_failing_address_but_lets_the_right_password_in_from_another() throws Exception {
        String email = newUserWithPassword("http");
        String attacker = LoginThrottleTest.randomAddress();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        for (int i = 0; i < IdentityRules.ACCOUNT_FAILURES_BEFORE_SLOWING; i++) {
            mvc.perform(loginPost(email, "wrong", attacker)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(loginPost(email, "a-good-long-password", attacker)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(loginPost(email, "a-good-long-password", LoginThrottleTest.randomAddress()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(loginPost(email, "a-good-long-password", attacker)).andExpect(redirectedUrl("/login?throttled"));
    }

    static MockHttpServletRequestBuilder loginPost(String email, String password, String remoteAddress) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(remoteAddress);
                    return request;
                });
    }

    @Test
    void invited_user_without_password_cannot_log_in() {
        users.login(TestUsers.HSO_ADMIN);
        String email = TestUsers.uniqueEmail("nopassword");
        userAdmin.invite(new InviteCommand(email, "Uten Passord", Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();
        assertThatThrownBy(() -> login.authenticate(token(email, ""))).isInstanceOf(BadCredentialsException.class);
    }

    private String newUserWithPassword(String prefix) {
        return LoginThrottleTest.newUserWithPassword(users, userAdmin, accounts, inbox, prefix);
    }

    /** From this test's own address, so that no other test's failures count. */
    private UsernamePasswordAuthenticationToken token(String email, String password) {
        return LoginThrottleTest.token(email, password, address);
    }
}

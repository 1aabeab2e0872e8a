package no.samspill.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import no.samspill.identity.domain.LoginFailure;
import no.samspill.identity.domain.LoginFailureRepository;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.Role;
import no.samspill.support.MutableClock;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Throttling per client address and per account, through the provider that the login form uses. */
@SamspillSpringTest
class LoginThrottleTest {

    private static final String PASSWORD = "a-good-long-password";

    @Autowired
    Inbox inbox;
    @Autowired
    ThrottlingAuthenticationProvider login;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    LoginFailureRepository failures;

    @AfterEach
    void resetClock() {
        clock.reset();
        TestUsers.logout();
    }

    @Test
    void one_address_trying_one_password_on_many_accounts_is_refused_after_ten_a_minute_and_let_in_after_it() {
        String sprayer = randomAddress();
        String realUser = newUserWithPassword("spray-target");
        for (int i = 0; i < IdentityRules.ADDRESS_FAILURES_PER_MINUTE; i++) {
            String someone = i % 2 == 0 ? TestUsers.uniqueEmail("sprayed") : newUserWithPassword("sprayed");
            assertThatThrownBy(() -> login.authenticate(token(someone, "Summer2026!!", sprayer)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(token(realUser, PASSWORD, sprayer)))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(login.authenticate(token(realUser, PASSWORD, randomAddress())).isAuthenticated()).isTrue();

        clock.advance(Duration.ofSeconds(61));
        assertThat(login.authenticate(token(realUser, PASSWORD, sprayer)).isAuthenticated()).isTrue();
    }

    @Test
    void an_address_with_a_hundred_failures_within_the_hour_is_refused_until_the_oldest_leave_the_hour() {
        String address = randomAddress();
        String email = newUserWithPassword("hourly");
        Instant now = clock.instant();
        for (int i = 0; i < IdentityRules.ADDRESS_FAILURES_PER_HOUR; i++) {
            // ten a minute, over the ten minutes before the last, so the minute limit is not what refuses
            recordFailure(TestUsers.uniqueEmail("hourly-sprayed"), address,
                    now.minus(Duration.ofMinutes(50)).plusSeconds(6L * i));
        }
        assertThatThrownBy(() -> login.authenticate(token(email, PASSWORD, address)))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(11));
        assertThat(login.authenticate(token(email, PASSWORD, address)).isAuthenticated()).isTrue();
    }

    @Test
    void an_attackers_failures_do_not_keep_the_user_out_but_keep_the_attacker_out() {
        String victim = newUserWithPassword("victim");
        String attacker = randomAddress();
        for (int i = 0; i < IdentityRules.ACCOUNT_FAILURES_BEFORE_SLOWING; i++) {
            assertThatThrownBy(() -> login.authenticate(token(victim, "guess-" + System.nanoTime(), attacker)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(token(victim, "yet-another-guess", attacker)))
                .isInstanceOf(LoginThrottledException.class);

        assertThat(login.authenticate(token(victim, PASSWORD, randomAddress())).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> login.authenticate(token(victim, PASSWORD, attacker)))
                .as("the victim's login does not forgive the attacker")
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_slowed_account_refuses_an_address_that_failed_recently_on_another_account() {
        String victim = newUserWithPassword("victim");
        slowDown(victim);
        String sprayer = randomAddress();
        assertThatThrownBy(() -> login.authenticate(token(TestUsers.uniqueEmail("other"), "guess", sprayer)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(token(victim, PASSWORD, sprayer)))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_slowed_account_checks_the_attackers_password_again_once_the_window_has_passed() {
        String victim = newUserWithPassword("slowed");
        String attacker = slowDown(victim);
        assertThatThrownBy(() -> login.authenticate(token(victim, PASSWORD, attacker)))
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(IdentityRules.ACCOUNT_WINDOW.plusSeconds(1));
        assertThat(login.authenticate(token(victim, PASSWORD, attacker)).isAuthenticated()).isTrue();
    }

    @Test
    void the_scheduled_job_deletes_failures_older_than_the_longest_window() {
        String address = randomAddress();
        String email = newUserWithPassword("pruned");
        assertThatThrownBy(() -> login.authenticate(token(email, "wrong-password", address)))
                .isInstanceOf(BadCredentialsException.class);
        clock.advance(IdentityRules.FAILURE_RETENTION.minusMinutes(1));
        throttle.prune();
        assertThat(failuresFrom(address)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        throttle.prune();
        assertThat(failuresFrom(address)).isZero();
    }

    @Test
    void a_successful_login_deletes_everybodys_failures_older_than_the_longest_window() {
        String address = randomAddress();
        assertThatThrownBy(() -> login.authenticate(token(TestUsers.uniqueEmail("old"), "wrong", address)))
                .isInstanceOf(BadCredentialsException.class);
        String email = newUserWithPassword("prunes");
        clock.advance(IdentityRules.FAILURE_RETENTION.plusMinutes(1));
        assertThat(failuresFrom(address)).isEqualTo(1);

        login.authenticate(token(email, PASSWORD, randomAddress()));
        assertThat(failuresFrom(address)).isZero();
    }

    /** Five failures from one fresh address; returns it. */
    private String slowDown(String email) {
        String attacker = randomAddress();
        for (int i = 0; i < IdentityRules.ACCOUNT_FAILURES_BEFORE_SLOWING; i++) {
            assertThatThrownBy(() -> login.authenticate(token(email, "wrong-password", attacker)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        return attacker;
    }

    private void recordFailure(String email, String address, Instant at) {
        failures.save(new LoginFailure(email, address, at));
    }

    private long failuresFrom(String address) {
        Long count = jdbc.queryForObject("select count(*) from login_failure where client_address = ?", Long.class,
                address);
        return count == null ? 0 : count;
    }

    private String newUserWithPassword(String prefix) {
        return newUserWithPassword(users, userAdmin, accounts, inbox, prefix);
    }

    static String newUserWithPassword(TestUsers users, UserAdminService userAdmin, AccountService accounts,
            Inbox inbox, String prefix) {
        users.login(TestUsers.HSO_ADMIN);
        String email = TestUsers.uniqueEmail(prefix);
        userAdmin.invite(new InviteCommand(email, "Test " + prefix, Set.of(Role.MEMBER), null, Language.NB));
        TestUsers.logout();
        accounts.setPassword(inbox.token(email), PASSWORD, PASSWORD);
        return email;
    }

    /** A private IPv4 address no other test is likely to use, so tests do not count each other's failures. */
    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static UsernamePasswordAuthenticationToken token(String email, String password, String remoteAddress) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email,
                password);
        token.setDetails(new WebAuthenticationDetails(remoteAddress, null));
        return token;
    }
}

package no.samspill.identity;

import java.time.Duration;
import no.samspill.support.MutableClock;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.Inbox;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockRequestDispatcher;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The absolute lifetime of a login (default twelve hours), however busy the session is. */
@SamspillSpringTest
class SessionLifetimeTest {

    @Autowired
    Inbox inbox;
    @Autowired
    MutableClock clock;
    @Autowired
    FilterRegistrationBean<SessionLifetimeFilter> lifetime;
    @Autowired
    WebApplicationContext web;
    @Autowired
    TestUsers users;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountService accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_session_lives_until_twelve_hours_after_it_began_and_no_longer() throws Exception {
        MockHttpSession session = new MockHttpSession();
        clock.advance(Duration.ofHours(12).minusMinutes(1));
        MockFilterChain chain = request(session);
        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();

        clock.advance(Duration.ofMinutes(1));
        chain = request(session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request goes on, without its session").isNotNull();
    }

    @Test
    void a_request_without_a_session_is_left_alone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        clock.advance(Duration.ofDays(2));
        lifetime.getFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getSession(false)).isNull();
    }

    @Test
    void a_logged_in_user_is_sent_to_the_login_page_once_the_session_is_too_old() throws Exception {
        String email = LoginThrottleTest.newUserWithPassword(users, userAdmin, accounts, inbox, "lifetime");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(lifetime.getFilter())
                .apply(springSecurity()).build();
        MockHttpSession session = (MockHttpSession) mvc.perform(LoginSecurityTest.loginPost(email,
                "a-good-long-password", LoginThrottleTest.randomAddress()))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        // MockMvc has no Vaadin servlet: a stand-in shows that a request got past the login check
        MockServletContext servletContext = (MockServletContext) web.getServletContext();
        servletContext.registerNamedDispatcher("springServlet", new MockRequestDispatcher("/vaadin"));
        try {
            clock.advance(Duration.ofHours(11));
            mvc.perform(get("/users").session(session)).andExpect(forwardedUrl("/vaadin"));

            clock.advance(Duration.ofHours(1));
            mvc.perform(get("/users").session(session)).andExpect(redirectedUrl("/login"));
            assertThat(session.isInvalid()).isTrue();
        } finally {
            servletContext.unregisterNamedDispatcher("springServlet");
        }
    }

    private MockFilterChain request(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        lifetime.getFilter().doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }
}

package no.samspill.identity;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A session that only Vaadin's heartbeat keeps alive ends after the idle time, and the login ends with it. */
class IdleSessionTest extends KaribuTest {

    @Test
    void vaadin_closes_sessions_that_see_nothing_but_heartbeats() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void a_vaadin_session_that_ends_ends_the_http_session_with_the_login_in_it() {
        loginAndOpen(TestUsers.HSO_MEMBER, "");
        VaadinSession session = VaadinSession.getCurrent();
        FakeHttpSession http = (FakeHttpSession) ((WrappedHttpSession) session.getSession()).getHttpSession();
        assertThat(http.isValid()).isTrue();

        // what the destroy listener does once Vaadin has closed the idle session (Vaadin keeps the wrapped HTTP
        // session on the closing Vaadin session until the listeners have run)
        SessionConfiguration.endHttpSession(session);
        assertThat(http.isValid()).isFalse();
    }
}

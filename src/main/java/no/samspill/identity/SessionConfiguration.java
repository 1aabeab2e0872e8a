package no.samspill.identity;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a login lasts. Idle: vaadin.closeIdleSessions makes Vaadin close a session that has seen nothing but
 * heartbeats for the servlet session timeout (server.servlet.session.timeout). Absolute:
 * samspill.session.absolute-lifetime after the session began, whatever happens in it.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(Clock clock,
            @Value("${samspill.session.absolute-lifetime:12h}") Duration absoluteLifetime) {
        FilterRegistrationBean<SessionLifetimeFilter> registration =
                new FilterRegistrationBean<>(new SessionLifetimeFilter(clock, absoluteLifetime));
        // before Spring Security, so that the security filters already see the session gone
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /**
     * Vaadin closing an idle session only drops its own state: the HTTP session and the login in it would live on,
     * and a reload would open a new Vaadin session still logged in. So a Vaadin session that ends takes the HTTP
     * session with it.
     */
    @Bean
    VaadinServiceInitListener endHttpSessionWithVaadinSession() {
        return event -> event.getSource().addSessionDestroyListener(e -> endHttpSession(e.getSession()));
    }

    static void endHttpSession(VaadinSession session) {
        WrappedSession http = session.getSession();
        if (http == null) {
            return;
        }
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // the HTTP session ending is what ended the Vaadin session
        }
    }
}

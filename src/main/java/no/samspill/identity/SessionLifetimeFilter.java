package no.samspill.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session a fixed time after it began, however busy it is: Vaadin's heartbeat and a user who keeps
 * clicking would otherwise keep one login for days. It runs before Spring Security, so the request then finds no
 * login: a page request is sent to the login page, and a Vaadin request gets "session expired", on which the
 * browser reloads into the login page. The session's creation time is the container's and survives Spring
 * Security's change of session id at login, so it is the time the login page was opened (at most an idle timeout
 * before the login itself).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration lifetime;

    SessionLifetimeFilter(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            try {
                session.invalidate();
            } catch (IllegalStateException endedMeanwhile) {
                // a parallel request of the same browser ended it first: the outcome is the same
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        try {
            return clock.millis() - session.getCreationTime() >= lifetime.toMillis();
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }
}

package no.samspill.support;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Runs work as one HTTP request, as Spring's RequestContextFilter frames every request in production (each Vaadin
 * round trip is one). Karibu drives the UI without requests, so per-request caches (the user's grants) need this.
 */
public final class Requests {

    private Requests() {
    }

    public static void inOne(Runnable work) {
        // Spring's test listener frames each test method as one request; the work gets a request of its own
        RequestAttributes outer = RequestContextHolder.getRequestAttributes();
        ServletRequestAttributes request = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(request);
        try {
            work.run();
        } finally {
            request.requestCompleted();
            RequestContextHolder.setRequestAttributes(outer);
        }
    }
}

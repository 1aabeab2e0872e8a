package no.samspill.platform.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every HTTP request in the server and counts the SQL statements it sent, by kind of request: a Vaadin round
 * trip ({@code uidl}), a page's start ({@code init}), a heartbeat, a page, or a static file. Meters
 * {@code samspill.request} (seconds) and {@code samspill.request.statements}, with percentile histograms for
 * Prometheus. The server's own time, not the browser's, is what the performance goals are stated in.
 */
final class RequestMetricsFilter extends OncePerRequestFilter {

    private final MeterRegistry registry;

    RequestMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        RequestStatements.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            int statements = RequestStatements.end();
            String kind = kind(request);
            Timer.builder("samspill.request").description("Server time of an HTTP request").tag("kind", kind)
                    .publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            DistributionSummary.builder("samspill.request.statements").description("SQL statements of a request")
                    .tag("kind", kind).publishPercentileHistogram().register(registry).record(statements);
        }
    }

    static String kind(HttpServletRequest request) {
        String vaadin = request.getParameter("v-r");
        if (vaadin != null) {
            return switch (vaadin) {
                case "uidl", "init", "heartbeat" -> vaadin;
                default -> "vaadin-other";
            };
        }
        String path = request.getRequestURI();
        return path.startsWith(request.getContextPath() + "/VAADIN/") ? "static" : "page";
    }
}

package no.samspill.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The response headers every page gets. The Content-Security-Policy is the strictest that Vaadin 25's production
 * bundle runs with (checked by the real-browser test, which fails on any CSP violation in the console):
 * <ul>
 * <li>{@code script-src 'unsafe-inline'}: the bootstrap page carries the initial UI state as an inline script that
 * differs per request, so neither a hash nor (without Vaadin support) a nonce can name it;</li>
 * <li>{@code script-src 'unsafe-eval'}: Flow's client runs {@code executeJs} snippets, which Vaadin's own components
 * use, through {@code new Function};</li>
 * <li>{@code style-src 'unsafe-inline'}: Lumo and the components set inline styles.</li>
 * </ul>
 * Everything else is closed: no other origin for anything, no plugins, no framing, forms post only here.
 */
@Component
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private final boolean hsts;

    SecurityHeaders(@Value("${samspill.security.hsts:false}") boolean hsts) {
        this.hsts = hsts;
    }

    void apply(HttpSecurity http) throws Exception {
        http.headers(h -> {
            // written before Vaadin answers: Vaadin's bootstrap page would otherwise commit the response before
            // Spring's lazily written headers, and add its own X-Frame-Options: SAMEORIGIN
            h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
            h.frameOptions(f -> f.deny());
            h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
            h.addHeaderWriter((request, response) -> response.setHeader("Permissions-Policy", PERMISSIONS_POLICY));
            h.contentTypeOptions(c -> { });
            if (hsts) {
                // sent on secure requests only (behind a TLS proxy: SAMSPILL_FORWARD_HEADERS=native)
                h.httpStrictTransportSecurity(s -> s.maxAgeInSeconds(31_536_000).includeSubDomains(true));
            } else {
                h.httpStrictTransportSecurity(s -> s.disable());
            }
        });
    }
}

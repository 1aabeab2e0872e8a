package no.samspill.identity;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import java.util.Map;
import no.samspill.identity.ui.LoginView;
import no.samspill.platform.security.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN_FAILED = "/login?error";
    static final String LOGIN_THROTTLED = "/login?throttled";

    /** bcrypt today, with the id prefix stored, so hashes can move to a stronger encoder later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders headers, List<PublicPaths> publicPaths)
            throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(LOGIN_FAILED);
        failure.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), LOGIN_THROTTLED));
        // ThrottlingAuthenticationProvider is a bean, so Spring makes it the one global provider. Adding it here as
        // well would let a failed login run through it twice (once locally, once in the parent manager).
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/images/**").permitAll()
                // for load balancers and container probes: UP or DOWN, no details
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                        "/livez", "/readyz").permitAll());
        // features' endpoints for people who are not logged in (one-click unsubscribe): each checks its own token
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        if (open.length > 0) {
            http.authorizeHttpRequests(a -> a.requestMatchers(open).permitAll());
            http.csrf(csrf -> csrf.ignoringRequestMatchers(open));
        }
        headers.apply(http);
        // the login page is the Vaadin LoginView; naming it here also keeps Spring from generating its own page
        http.formLogin(form -> form.loginPage("/login").failureHandler(failure));
        // Unknown paths reach Vaadin for logged-in users, so they get the friendly "not found" page instead of a
        // bare 403 from the filter chain; anonymous users are sent to the login page as everywhere else.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }
}

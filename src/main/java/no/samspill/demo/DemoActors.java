package no.samspill.demo;

import java.util.function.Supplier;
import no.samspill.platform.security.SamspillPrincipal;
import no.samspill.platform.security.SystemActor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs demo steps as the demo user who would take them, acting in a given tenant: comments and decisions then have
 * real authors and pass the same checks as theirs would.
 */
@Component
class DemoActors {

    private final UserDetailsService users;

    DemoActors(UserDetailsService users) {
        this.users = users;
    }

    <T> T as(String email, long tenantId, Supplier<T> work) {
        SamspillPrincipal principal = (SamspillPrincipal) users.loadUserByUsername(email);
        return SystemActor.callAs(principal.withActiveTenant(tenantId, principal.grants()), work);
    }
}

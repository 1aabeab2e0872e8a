package no.samspill.platform.security;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as the system (demo seeding, jobs) through the same services and checks a user goes through,
 * so that nothing bypasses the access policy or the audit trail.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T callAs(@Nullable TenantGrant grant, Supplier<T> work) {
        return callAs(SamspillPrincipal.system(grant), work);
    }

    /**
     * Runs work as a given principal, e.g. a demo user loaded by the user details service: the demo's comments
     * and answers then have real authors, and pass the same membership checks as theirs would.
     */
    public static <T> T callAs(SamspillPrincipal principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(@Nullable TenantGrant grant, Runnable work) {
        callAs(grant, () -> {
            work.run();
            return null;
        });
    }
}

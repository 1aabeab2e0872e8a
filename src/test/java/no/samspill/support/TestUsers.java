package no.samspill.support;

import java.util.Locale;
import java.util.UUID;
import no.samspill.platform.security.SamspillPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Logs demo users in for service and view tests, the way a real login ends: a principal in the context. */
@Component
public class TestUsers {

    public static final String PLATFORM_ADMIN = "plattform@samspill.demo";
    public static final String HSO_ADMIN = "admin@helse-sorost.demo";
    public static final String HSO_LEAD = "innkjop@helse-sorost.demo";
    public static final String HSO_MEMBER = "klinikker@helse-sorost.demo";
    public static final String SKI_ADMIN = "admin@sykehusinnkjop.demo";
    public static final String RM_ADMIN = "admin@midtjylland.demo";
    public static final String MEDTRONIC_ADMIN = "admin@medtronic.demo";
    public static final String MEDTRONIC_USER = "leverandor@medtronic.demo";
    public static final String GE_USER = "leverandor@gehealthcare.demo";
    public static final String PASSWORD = "samspill-demo";

    private final UserDetailsService users;

    TestUsers(UserDetailsService users) {
        this.users = users;
    }

    public void login(String email) {
        UserDetails principal = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Logs in acting in the named tenant, for people with memberships in several (as at the tenant switcher). */
    public void login(String email, String tenantName) {
        SamspillPrincipal principal = (SamspillPrincipal) users.loadUserByUsername(email);
        long tenantId = principal.grants().stream().filter(g -> g.tenantName().equals(tenantName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(email + " is no member of " + tenantName)).tenantId();
        SamspillPrincipal acting = principal.withActiveTenant(tenantId, principal.grants());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(acting, null,
                acting.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }

    /** An e-mail no other test uses, so tests can run in any order on one shared database. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "@test.demo";
    }
}

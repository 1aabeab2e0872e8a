package no.samspill.platform.security;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.samspill.platform.i18n.ForbiddenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The grants are read once per request, and afresh in the next one, so that a revocation bites at the next click. */
class RequestGrantsTest {

    private static final TenantGrant HSO = new TenantGrant(1, "Helse Sør-Øst RHF", ZoneId.of("Europe/Oslo"),
            Set.of(Role.TENANT_ADMIN), true);

    private final CountingDirectory directory = new CountingDirectory();
    private final AccessPolicy access = new AccessPolicy(directory);

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void checks_within_one_request_read_the_grants_once_and_the_next_request_reads_them_again() {
        logIn();
        inRequest(() -> {
            access.requireAnyRole(Role.TENANT_ADMIN);
            access.requireActiveTenant();
            access.current();
        });
        assertThat(directory.reads).isEqualTo(1);

        directory.grants = List.of();
        inRequest(() -> assertThatThrownBy(access::current).isInstanceOf(ForbiddenException.class));
        assertThat(directory.reads).as("the revocation is seen at the next request").isEqualTo(2);
    }

    @Test
    void outside_a_request_every_check_reads_the_grants() {
        logIn();
        access.current();
        access.current();
        assertThat(directory.reads).isEqualTo(2);
    }

    @Test
    void a_change_to_the_users_own_memberships_is_seen_later_in_the_same_request() {
        logIn();
        inRequest(() -> {
            access.current();
            directory.grants = List.of();
            access.rereadGrants();
            assertThatThrownBy(access::current).isInstanceOf(ForbiddenException.class);
        });
        assertThat(directory.reads).isEqualTo(2);
    }

    private static void logIn() {
        SamspillPrincipal p = SamspillPrincipal.user(7, "kari@helse-sorost.demo", "Kari", null, true, false,
                List.of(HSO));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    }

    /** What Spring's RequestContextFilter does around every HTTP request, Vaadin's round trips included. */
    private static void inRequest(Runnable work) {
        ServletRequestAttributes request = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(request);
        try {
            work.run();
        } finally {
            request.requestCompleted();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static final class CountingDirectory implements MembershipDirectory {

        List<TenantGrant> grants = new ArrayList<>(List.of(HSO));
        int reads;

        @Override
        public List<TenantGrant> activeGrants(long userId) {
            reads++;
            return grants;
        }

        @Override
        public boolean isActivePlatformAdmin(long userId) {
            return false;
        }
    }
}

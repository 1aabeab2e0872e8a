package no.samspill.platform.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may do what. Every application service asks it before it reads or writes,
 * and passes the tenant id it returns into its queries, so the database only ever returns what the user may see.
 * Roles are read from the database once per request ({@link RequestGrants}): a revoked role or a deactivated user
 * stops working at the user's next click.
 * A platform admin creates tenants but gets no rights inside them: tenant data needs a membership.
 */
@Component
public class AccessPolicy {

    private final MembershipDirectory directory;

    AccessPolicy(MembershipDirectory directory) {
        this.directory = directory;
    }

    /** The current user, or ForbiddenException when nobody (or a no longer active user) is logged in. */
    public CurrentUser current() {
        SamspillPrincipal principal = principal();
        if (principal == null) {
            throw new ForbiddenException();
        }
        if (principal.isSystem()) {
            return new CurrentUser(null, principal.email(), principal.displayName(), true,
                    activeOf(principal.grants(), principal.activeTenantId()), principal.grants());
        }
        long userId = Objects.requireNonNull(principal.userId());
        RequestGrants.Grants read = RequestGrants.of(userId, directory);
        List<TenantGrant> grants = read.grants();
        boolean platformAdmin = read.platformAdmin();
        if (grants.isEmpty() && !platformAdmin) {
            throw new ForbiddenException();
        }
        return new CurrentUser(userId, principal.email(), principal.displayName(), platformAdmin,
                activeOf(grants, principal.activeTenantId()), grants);
    }

    /**
     * The logged-in user's principal even when they hold no grant yet: only for answering one's own invitations,
     * which is all such a user may do. Everything else goes through {@link #current()}.
     */
    public @Nullable SamspillPrincipal loggedInWithoutGrants() {
        SamspillPrincipal principal = principal();
        return principal == null || principal.isSystem() ? null : principal;
    }

    /**
     * Makes the next check in this request read the current user's grants again: for the few calls that change the
     * user's own memberships (accepting an invitation) and then go on to show what the new grant opens.
     */
    public void rereadGrants() {
        SamspillPrincipal principal = principal();
        if (principal != null && principal.userId() != null) {
            RequestGrants.forget(principal.userId());
        }
    }

    /**
     * Who did it, for an event or notice: the acting person's id, or null for the system (seeding) and when nobody
     * is logged in (a scheduled job), so that nobody is left out of a notice as its author.
     */
    public @Nullable Long actorId() {
        return isLoggedIn() ? current().userId() : null;
    }

    public boolean isLoggedIn() {
        return principal() != null;
    }

    /** The active tenant's id when the user holds one of the roles there; otherwise ForbiddenException. */
    public long requireAnyRole(Role... anyOf) {
        CurrentUser user = current();
        if (!user.hasAnyRole(anyOf)) {
            throw new ForbiddenException();
        }
        return user.tenantId();
    }

    /**
     * As {@link #requireAnyRole}, for a call about one object (by its id): a user without the role gets "not found",
     * the same answer as for a missing id, so that they cannot tell that the object exists. Forbidden stays for
     * what a user may see but not do, and for pages that are about no object.
     */
    public long requireAnyRoleToSee(Role... anyOf) {
        CurrentUser user = current();
        if (!user.hasAnyRole(anyOf)) {
            throw new NotFoundException();
        }
        return user.tenantId();
    }

    /** As {@link #requireAnyRole(Role...)}, for one of the role sets of {@link Roles}. */
    public long requireAnyRole(Set<Role> anyOf) {
        return requireAnyRole(anyOf.toArray(Role[]::new));
    }

    /** As {@link #requireAnyRoleToSee(Role...)}, for one of the role sets of {@link Roles}. */
    public long requireAnyRoleToSee(Set<Role> anyOf) {
        return requireAnyRoleToSee(anyOf.toArray(Role[]::new));
    }

    /**
     * The active tenant's id when it is a buyer and the user holds one of the roles there; otherwise
     * ForbiddenException. Buyers own groups, plans and dialogues: a supplier's admin holds TENANT_ADMIN too, but
     * gets no further.
     */
    public long requireBuyer(Role... anyOf) {
        CurrentUser user = current();
        if (!user.hasAnyRole(anyOf) || !user.isBuyer()) {
            throw new ForbiddenException();
        }
        return user.tenantId();
    }

    /** As {@link #requireBuyer(Role...)}, for one of the role sets of {@link Roles}. */
    public long requireBuyer(Set<Role> anyOf) {
        return requireBuyer(anyOf.toArray(Role[]::new));
    }

    /**
     * As {@link #requireBuyer(Role...)}, for a call about one object: "not found" instead of forbidden, as
     * {@link #requireAnyRoleToSee} does, so that a supplier cannot tell that a buyer's object exists.
     */
    public long requireBuyerToSee(Role... anyOf) {
        CurrentUser user = current();
        if (!user.hasAnyRole(anyOf) || !user.isBuyer()) {
            throw new NotFoundException();
        }
        return user.tenantId();
    }

    /** As {@link #requireBuyerToSee(Role...)}, for one of the role sets of {@link Roles}. */
    public long requireBuyerToSee(Set<Role> anyOf) {
        return requireBuyerToSee(anyOf.toArray(Role[]::new));
    }

    /** The active tenant's id for any member of it. */
    public long requireActiveTenant() {
        return current().tenantId();
    }

    public CurrentUser requirePlatformAdmin() {
        CurrentUser user = current();
        if (!user.platformAdmin()) {
            throw new ForbiddenException();
        }
        return user;
    }

    /**
     * The tenant the session acts in; when that membership has ended meanwhile, the user's first remaining one,
     * so a deactivation in one tenant does not leave the user stuck until the next login.
     */
    private static @Nullable TenantGrant activeOf(List<TenantGrant> grants, @Nullable Long activeTenantId) {
        return grants.stream().filter(g -> activeTenantId != null && g.tenantId() == activeTenantId).findFirst()
                .orElse(grants.isEmpty() ? null : grants.getFirst());
    }

    private static @Nullable SamspillPrincipal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SamspillPrincipal p) {
            return p;
        }
        return null;
    }
}

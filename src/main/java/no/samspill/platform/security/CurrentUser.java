package no.samspill.platform.security;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samspill.platform.i18n.ForbiddenException;
import org.jspecify.annotations.Nullable;

/** The user behind the current call, with the roles they hold right now in the tenant they act in. */
public record CurrentUser(@Nullable Long userId, String email, String displayName, boolean platformAdmin,
        @Nullable TenantGrant activeTenant, List<TenantGrant> grants) {

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    /** The id of the person acting; ForbiddenException for the system (seeding, jobs), which reads as nobody. */
    public long personId() {
        if (userId == null) {
            throw new ForbiddenException();
        }
        return userId;
    }

    public boolean isSystem() {
        return userId == null;
    }

    /** The name stored with a record of who did something (history, ledger): "system" for seeding and jobs. */
    public String actorName() {
        return isSystem() ? "system" : displayName;
    }

    public Optional<TenantGrant> active() {
        return Optional.ofNullable(activeTenant);
    }

    /** The active tenant's time zone (dates the user types or reads are in it), or the fallback without one. */
    public ZoneId zone(ZoneId fallback) {
        return activeTenant == null ? fallback : activeTenant.zone();
    }

    public Set<Role> roles() {
        return activeTenant == null ? Set.of() : activeTenant.roles();
    }

    public boolean hasAnyRole(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles()::contains);
    }

    /** As {@link #hasAnyRole(Role...)}, for one of the role sets of {@link Roles}. */
    public boolean hasAnyRole(Set<Role> anyOf) {
        return anyOf.stream().anyMatch(roles()::contains);
    }

    /** Whether the user acts in a buyer tenant (a supplier's admin holds TENANT_ADMIN too, but is no buyer). */
    public boolean isBuyer() {
        return activeTenant != null && activeTenant.buyer();
    }

    /** The tenant the user acts in; a user without one may not touch tenant data at all. */
    public long tenantId() {
        if (activeTenant == null) {
            throw new ForbiddenException();
        }
        return activeTenant.tenantId();
    }
}

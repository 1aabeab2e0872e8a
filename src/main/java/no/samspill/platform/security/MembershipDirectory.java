package no.samspill.platform.security;

import java.util.List;

/**
 * Where the access policy reads a user's current memberships. Implemented by the identity module; read on every
 * check so that a revoked role or a deactivated user loses access at once, not at the next login.
 */
public interface MembershipDirectory {

    /** Active memberships of an active user, ordered by tenant name; empty for an unknown or deactivated user. */
    List<TenantGrant> activeGrants(long userId);

    boolean isActivePlatformAdmin(long userId);
}

package no.samspill.platform.security;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Set;

/**
 * A user's active membership in one tenant, as the access policy sees it, with the tenant's time zone and whether
 * the tenant is a buyer (tenancy's {@code TenantKind.isBuyer()}, copied in when the grant is read), so that the
 * buyer check needs no tenant lookup per call.
 */
public record TenantGrant(long tenantId, String tenantName, ZoneId zone, Set<Role> roles, boolean buyer)
        implements Serializable {

    public TenantGrant {
        roles = Set.copyOf(roles);
    }
}

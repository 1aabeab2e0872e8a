package no.samspill.platform.security;

import java.time.ZoneId;
import java.util.Set;

/** A user's active membership in one tenant, as the access policy sees it, with the tenant's time zone. */
public record TenantGrant(long tenantId, String tenantName, ZoneId zone, Set<Role> roles) {

    public TenantGrant {
        roles = Set.copyOf(roles);
    }
}

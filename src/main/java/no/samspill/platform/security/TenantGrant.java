package no.samspill.platform.security;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Set;

/** A user's active membership in one tenant, as the access policy sees it, with the tenant's time zone. */
public record TenantGrant(long tenantId, String tenantName, ZoneId zone, Set<Role> roles) implements Serializable {

    public TenantGrant {
        roles = Set.copyOf(roles);
    }
}

package no.samspill.identity;

import java.util.Set;
import no.samspill.platform.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A user as a tenant admin sees them in the tenant's user list. A pending row shows the name the admin typed, not the
 * account's own.
 */
public record MemberRow(long membershipId, long version, long userId, String email, String displayName,
        Set<Role> roles, @Nullable Long unitId, @Nullable String unitName, boolean active, boolean pending) {

    public MemberRow {
        roles = Set.copyOf(roles);
    }
}

package no.samspill.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import no.samspill.platform.security.Role;

/** An invitation waiting for the current user's answer; dates are shown in the inviting tenant's zone. */
public record PendingInvitation(long membershipId, String tenantName, Set<Role> roles, String invitedBy,
        Instant invitedAt, ZoneId zone) {

    public PendingInvitation {
        roles = Set.copyOf(roles);
    }
}

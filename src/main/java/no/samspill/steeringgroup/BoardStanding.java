package no.samspill.steeringgroup;

import java.util.Optional;

/**
 * The current user's standing towards one steering group, for another module that builds on a group (the portfolio
 * module on its board): the group's owner tenant and kind, and whether the user is its tenant's admin or an active
 * member, with the role.
 */
public record BoardStanding(long groupId, long tenantId, String name, GroupKind kind, boolean admin,
        Optional<SteeringRole> role) {

    /** Admins and active members of the group (chair, secretary, member) run what the board owns. */
    public boolean sits() {
        return admin || role.isPresent();
    }
}

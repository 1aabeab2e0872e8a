package no.samspill.platform.security;

import java.util.Set;

/**
 * The role sets that services name when they ask {@link AccessPolicy}, declared once so that a new module says
 * "buyer staff" instead of listing roles again. Immutable; pass them to the {@code Set<Role>} overloads.
 */
public final class Roles {

    /** Who leads a buyer's work: its admins and procurement leads (they create and run groups, plans, dialogues). */
    public static final Set<Role> LEADS = Set.of(Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD);

    /** Everyone on a buyer's staff, leads and plain members: who may read the buyer's own work. */
    public static final Set<Role> STAFF = Set.of(Role.TENANT_ADMIN, Role.PROCUREMENT_LEAD, Role.MEMBER);

    private Roles() {
    }
}

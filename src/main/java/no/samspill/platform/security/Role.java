package no.samspill.platform.security;

/**
 * Roles a user holds in a tenant (platform admin is global). Reference-group, product-council and
 * steering-group roles come later and are held per group, on top of MEMBER.
 */
public enum Role {
    PLATFORM_ADMIN,
    TENANT_ADMIN,
    PROCUREMENT_LEAD,
    MEMBER,
    SUPPLIER_USER;

    /** Role names for @RolesAllowed, which must be compile-time constants. */
    public static final String PLATFORM_ADMIN_NAME = "PLATFORM_ADMIN";
    public static final String TENANT_ADMIN_NAME = "TENANT_ADMIN";
    public static final String PROCUREMENT_LEAD_NAME = "PROCUREMENT_LEAD";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String SUPPLIER_USER_NAME = "SUPPLIER_USER";

    /** The bundle key of the role's name as users read it. */
    public String labelKey() {
        return "role." + name();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

package no.samspill.impartiality;

import org.jspecify.annotations.Nullable;

/** Why a person must declare: a role (message key) and, for a group role, the group's name. */
public record RosterEntry(String labelKey, @Nullable String groupName) {

    public static final String LEAD = "impartiality.role.lead";
    public static final String REFERENCE_GROUP = "impartiality.role.reference-group";
    public static final String STEERING_GROUP = "impartiality.role.steering-group";
    public static final String STEERING_CHAIR = "impartiality.role.steering-chair";
    public static final String ADDED = "impartiality.role.added";
    public static final String EXTERNAL = "impartiality.role.external";
    public static final String SELF = "impartiality.role.self";
}

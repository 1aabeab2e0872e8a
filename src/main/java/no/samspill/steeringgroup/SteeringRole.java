package no.samspill.steeringgroup;

/** A member's role in a steering group; the secretary prepares meetings and packages. */
public enum SteeringRole {
    CHAIR, MEMBER, SECRETARY;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "group.role." + name();
    }
}

package no.samspill.referencegroup;

public enum GroupRole {
    CHAIR,
    MEMBER,
    SECRETARY;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "group.role." + name();
    }
}

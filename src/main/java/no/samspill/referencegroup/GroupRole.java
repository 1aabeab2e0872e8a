package no.samspill.referencegroup;

public enum GroupRole {
    CHAIR,
    MEMBER,
    SECRETARY
}

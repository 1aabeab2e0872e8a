package no.samspill.steeringgroup;

/** A member's role in a steering group; the secretary prepares meetings and packages. */
public enum SteeringRole {
    CHAIR, MEMBER, SECRETARY
}

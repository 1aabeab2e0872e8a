package no.samspill.steeringgroup;

/** A steering group in the list. */
public record SteeringGroupSummary(long id, String name, int activeMembers, int projects) {
}

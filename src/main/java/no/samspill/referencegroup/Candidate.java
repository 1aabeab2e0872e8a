package no.samspill.referencegroup;

/** Someone who may join a group: a colleague, or a person of a tenant the group invited. */
public record Candidate(long userId, String displayName, String email, long tenantId, String tenantName) {
}

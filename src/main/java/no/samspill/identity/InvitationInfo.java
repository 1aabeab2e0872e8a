package no.samspill.identity;

/** What the set-password page shows about a valid invitation. */
public record InvitationInfo(String email, String displayName, String tenantName) {
}

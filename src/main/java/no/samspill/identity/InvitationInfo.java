package no.samspill.identity;

/**
 * What the set-password page shows about a usable link.
 *
 * @param reset        the link is from "forgot password" (a new password for an existing account)
 * @param languageCode the person's language, which the page speaks unless they chose another
 */
public record InvitationInfo(String email, String displayName, String tenantName, boolean reset,
        String languageCode) {
}

package no.samspill.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link to set a password was issued. It is for the address's owner only: the notifications module mails
 * it, in the transaction that issued it, and nobody else ever sees it (not the inviting admin, not the log).
 *
 * @param tenantName the inviting tenant, empty for a platform admin's link and for a reset
 * @param inviterName who invited, empty for a reset
 * @param tokenId    the stored token's id: one mail per link
 */
public record AccountLinkIssued(Kind kind, String email, String languageCode, String displayName, String tenantName,
        String link, Instant expiresAt, String inviterName, @Nullable String inviterEmail, long tokenId) {

    public enum Kind {
        /** The first password, and the membership it accepts. */
        INVITATION,
        /** The first password of a platform administrator, who belongs to no tenant. */
        PLATFORM_ADMIN,
        /** A new password, asked for on the login page. */
        RESET
    }
}

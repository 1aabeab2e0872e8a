package no.samspill.identity;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an invitation. A new user gets a one-time link to set a password (the token is its last part);
 * a user who already has a password is simply added to the tenant and logs in as before (no link).
 */
public record InvitationResult(long membershipId, @Nullable String token, @Nullable String link) {

    public static final String LINK_PATH = "set-password/";
}

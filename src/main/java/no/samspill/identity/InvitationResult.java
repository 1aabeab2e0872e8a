package no.samspill.identity;

/**
 * The outcome of an invitation, as the inviting admin may know it: that an invitation to this address is pending.
 * Not whether the address already had an account, nor its name, and never the link, which only its owner gets by
 * mail.
 */
public record InvitationResult(long membershipId, String email) {

    public static final String LINK_PATH = "set-password/";
    /** Where someone with an account answers an invitation, after logging in. */
    public static final String INVITATIONS_PATH = "invitations";
}

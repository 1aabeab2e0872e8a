package no.samspill.identity;

/**
 * The outcome of an invitation, as the inviting admin may know it: that an invitation to this address is pending,
 * or that it already was, or that the person is already a member (both of which the admin's user list shows too).
 * Not whether the address already had an account, nor its name, and never the link, which only its owner gets by
 * mail.
 */
public record InvitationResult(long membershipId, String email, Outcome outcome) {

    /** A new invitation was sent, or the repeat found one already open or a membership already there. */
    public enum Outcome {
        INVITED, ALREADY_INVITED, ALREADY_MEMBER
    }

    public InvitationResult(long membershipId, String email) {
        this(membershipId, email, Outcome.INVITED);
    }

    public static final String LINK_PATH = "set-password/";
    /** Where someone with an account answers an invitation, after logging in. */
    public static final String INVITATIONS_PATH = "invitations";
}

package no.samspill.notifications;

/**
 * What a notice is about: the unit in which a user chooses how they hear of things (at once by mail, in the daily
 * digest, or in the portal only). Account mails (invitations, password resets) are not notices and always go.
 */
public enum NoticeCategory {
    MARKET_DIALOGUE, REVIEW, STEERING_GROUP, ACTION_PLAN, IMPARTIALITY;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "notices.category." + name();
    }
}

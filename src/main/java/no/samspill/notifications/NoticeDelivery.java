package no.samspill.notifications;

/** How a user hears of the notices of one category; every notice is in the portal (the bell) in any case. */
public enum NoticeDelivery {
    /** A mail for each notice, queued with the notice. */
    IMMEDIATE,
    /** One mail a day with what is still unread. */
    DIGEST,
    /** No mail; the bell and the notification centre only. */
    PORTAL_ONLY;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "notices.delivery." + name();
    }
}

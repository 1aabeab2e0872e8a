package no.samspill.marketdialogue;

/** Where a supplier's response stands, as the buyer's matrix shows it. */
public enum ParticipantStatus {
    INVITED,
    OPENED,
    DRAFT,
    SUBMITTED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "response.status." + name();
    }
}

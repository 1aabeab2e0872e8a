package no.samspill.referencegroup;

/** The procurement lead's answer to a comment. Rejecting it in whole or in part owes the member a reason. */
public enum Disposition {
    ACCEPTED, PARTLY_ACCEPTED, REJECTED, NOTED;

    public boolean needsReason() {
        return this == PARTLY_ACCEPTED || this == REJECTED;
    }

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "review.disposition." + name();
    }
}

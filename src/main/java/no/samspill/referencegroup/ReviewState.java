package no.samspill.referencegroup;

/** Where a review window stands today: not yet open, open for comments, or closed (read only). */
public enum ReviewState {
    NOT_OPEN, OPEN, CLOSED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "review.state." + name();
    }
}

package no.samspill.marketdialogue;

/** A clarification question waits for an answer, was answered to the asker only, or was published to all. */
public enum ClarificationStatus {
    OPEN,
    ANSWERED_PRIVATELY,
    PUBLISHED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "qa.status." + name();
    }
}

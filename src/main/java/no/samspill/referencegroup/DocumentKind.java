package no.samspill.referencegroup;

/** What a document under review is; the seeds' reference groups review needs analyses and requirement specs. */
public enum DocumentKind {
    NEEDS_ANALYSIS, REQUIREMENT_SPECIFICATION, OTHER;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "review.kind." + name();
    }
}

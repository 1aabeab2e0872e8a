package no.samspill.referencegroup;

/** What a document under review is; the seeds' reference groups review needs analyses and requirement specs. */
public enum DocumentKind {
    NEEDS_ANALYSIS, REQUIREMENT_SPECIFICATION, OTHER
}

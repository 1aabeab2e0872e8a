package no.samspill.referencegroup;

/** What the review screen narrows its sections and threads to. */
public enum CommentFilter {
    ALL, MINE, UNDISPOSED, CHANGED
}

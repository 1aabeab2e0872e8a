package no.samspill.referencegroup;

/** Where a review window stands today: not yet open, open for comments, or closed (read only). */
public enum ReviewState {
    NOT_OPEN, OPEN, CLOSED
}

package no.samspill.marketdialogue;

/** A dialogue is prepared as a draft and then published; after the deadline it is read-only. */
public enum DialogueStatus {
    DRAFT,
    PUBLISHED
}

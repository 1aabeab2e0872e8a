package no.samspill.marketdialogue;

/** Where a supplier's response stands, as the buyer's matrix shows it. */
public enum ParticipantStatus {
    INVITED,
    OPENED,
    DRAFT,
    SUBMITTED
}

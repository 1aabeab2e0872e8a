package no.samspill.marketdialogue;

/** The kinds of contact the equal-treatment ledger records. */
public enum LedgerKind {
    DIALOGUE_PUBLISHED,
    SUPPLIER_INVITED,
    SUPPLIER_JOINED,
    DEADLINE_CHANGED,
    QUESTIONNAIRE_CHANGED,
    RESPONSE_SUBMITTED,
    RESPONSE_REOPENED,
    QUESTION_RECEIVED,
    ANSWER_PRIVATE,
    ANSWER_PUBLISHED,
    MEETING_OFFERED,
    MEETING_BOOKED,
    MEETING_CANCELLED,
    MINUTES_WRITTEN,
    MINUTES_PUBLISHED,
    ATTACHMENT_ADDED,
    DEADLINE_REMINDER;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "ledger.kind." + name();
    }
}

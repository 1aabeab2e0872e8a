package no.samspill.marketdialogue;

/** The kinds of contact the equal-treatment ledger records. */
public enum LedgerKind {
    DIALOGUE_PUBLISHED,
    SUPPLIER_INVITED,
    SUPPLIER_JOINED,
    DEADLINE_CHANGED,
    QUESTIONNAIRE_CHANGED,
    RESPONSE_SUBMITTED,
    RESPONSE_REOPENED
}

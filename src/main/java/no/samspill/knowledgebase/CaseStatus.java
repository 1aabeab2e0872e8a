package no.samspill.knowledgebase;

/** A draft is read by its contributing tenant only; a published case by every logged-in user. */
public enum CaseStatus {
    DRAFT, PUBLISHED;

    public String labelKey() {
        return "kb.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

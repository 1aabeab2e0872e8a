package no.samspill.knowledgebase;

/** The collection's two parts: innovative procurements (A1…) and public–private innovation partnerships (B1…). */
public enum CaseKind {
    INNOVATIVE_PROCUREMENT, INNOVATION_PARTNERSHIP;

    public String labelKey() {
        return "kb.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The code's letter: A for innovative procurements, B for partnerships. */
    public static CaseKind ofCode(String code) {
        return code.startsWith("B") ? INNOVATION_PARTNERSHIP : INNOVATIVE_PROCUREMENT;
    }
}

package no.samspill.impartiality;

/** The statutory kinds of tie to a supplier (forvaltningsloven § 6, udbudsloven § 4); each is a template question. */
public enum TieKind {
    RELATIVES, OWNERSHIP, BOARD, EMPLOYMENT, OTHER;

    /** The template part whose text asks about this kind. */
    public TemplatePart part() {
        return TemplatePart.valueOf(name());
    }

    /** The bundle key of the short label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "impartiality.tie." + name();
    }
}

package no.samspill.impartiality;

/** Where a person's declaration for a project stands, as the register shows it. */
public enum DeclarationStatus {
    /** Not signed (never, or only asked for). */
    MISSING,
    /** Signed, but a supplier joined the project's dialogues since, and is not answered for. */
    INCOMPLETE,
    /** Signed for every supplier, no ties. */
    COMPLETE,
    /** A tie is declared and waits for a decision. */
    TIE_DECLARED,
    /** A tie was decided on. */
    DECIDED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "impartiality.status." + name();
    }

    /** Whether the gate opens (for all or, by the decision, some of the suppliers' material). */
    public boolean opensGate() {
        return this == COMPLETE || this == TIE_DECLARED || this == DECIDED;
    }
}

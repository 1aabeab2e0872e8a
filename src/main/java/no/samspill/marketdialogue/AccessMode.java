package no.samspill.marketdialogue;

/** Who may take part: only the suppliers the buyer invited, or every registered supplier ("open dialogue"). */
public enum AccessMode {
    INVITED,
    OPEN;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "dialogue.access." + name();
    }
}

package no.samspill.impartiality;

/** What the lead (or, on the lead's own declaration, the steering-group chair) decides on a declared tie. */
public enum Decision {
    NOT_DISQUALIFIED, DISQUALIFIED, DISQUALIFIED_FOR_SUPPLIERS;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "impartiality.decision." + name();
    }
}

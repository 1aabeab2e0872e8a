package no.samspill.actionplan;

/** The seed's colours: green on track, yellow delayed, red postponed; and done. */
public enum ItemStatus {
    GREEN,
    YELLOW,
    RED,
    DONE;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "item.status." + name();
    }
}

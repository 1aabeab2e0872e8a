package no.samspill.portfolio;

/** A period's status colour; anything but green needs a reason. */
public enum StatusColour {
    GREEN, YELLOW, RED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.colour." + name();
    }
}

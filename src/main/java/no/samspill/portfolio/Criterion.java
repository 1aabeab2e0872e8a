package no.samspill.portfolio;

/** A criterion the board scores proposals on. */
public enum Criterion {
    BENEFIT, COST, RISK, FIT;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.intake.criterion." + name();
    }
}

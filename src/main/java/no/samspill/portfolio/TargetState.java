package no.samspill.portfolio;

/** Where a version of the target picture stands: drafted, adopted by the board, or replaced by a later one. */
public enum TargetState {
    DRAFT, ADOPTED, SUPERSEDED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.target.state." + name();
    }
}

package no.samspill.portfolio;

/** The phase of an initiative, from proposal to done or stopped. */
public enum InitiativePhase {
    PROPOSAL, APPROVED, RUNNING, DONE, STOPPED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.phase." + name();
    }
}

package no.samspill.portfolio;

/** The phase of an initiative, from proposal to done or stopped, or rejected by the board. */
public enum InitiativePhase {
    PROPOSAL, APPROVED, RUNNING, DONE, STOPPED,
    /** The board rejected the proposal, with its reason (kept with the board referral). */
    REJECTED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.phase." + name();
    }
}

package no.samspill.steeringgroup;

/**
 * Whether the board approved or rejected what a paper proposed. A decision without one (a paper taken "til
 * orientering") settles nothing; a paper another module sent is settled by this outcome (ADR 030).
 */
public enum DecisionOutcome {
    APPROVED, REJECTED;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "steering.decision.outcome." + name();
    }
}

package no.samspill.steeringgroup;

/**
 * What a decision settles. A decision point on a project asks for one of these kinds before a phase; the default,
 * from seed 001 B1.1, is the approval of the needs analysis before the tender.
 */
public enum DecisionKind {
    NEEDS_ANALYSIS_APPROVAL, REQUIREMENTS_APPROVAL, AWARD_APPROVAL, OTHER;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "steering.decision.kind." + name();
    }
}

package no.samspill.steeringgroup;

/**
 * What a steering group steers: procurement projects and plans, or a portfolio of initiatives against a target
 * picture (seed 003). A portfolio board is a steering group in every other respect: members, meetings, papers.
 */
public enum GroupKind {
    STEERING, PORTFOLIO_BOARD;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "steering.kind." + name();
    }
}

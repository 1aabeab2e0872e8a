package no.samspill.portfolio;

/** The three levels of the target picture's tree: area, goal under an area, sub-goal under a goal. */
public enum GoalLevel {
    AREA, GOAL, SUBGOAL;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.goal.level." + name();
    }
}

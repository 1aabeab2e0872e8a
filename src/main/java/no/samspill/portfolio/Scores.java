package no.samspill.portfolio;

/**
 * The board's scale: each criterion is scored 1 to 5, 5 the most favourable (high benefit, low cost, low risk, a good
 * strategic fit), and weighted 0 to 10 by the board. The forms reuse these limits.
 */
public final class Scores {

    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 5;
    public static final int WEIGHT_MIN = 0;
    public static final int WEIGHT_MAX = 10;
    /** The weight of each criterion until the secretary sets the board's own. */
    public static final int DEFAULT_WEIGHT = 1;
    /** The legal or safety duty that makes a proposal mandatory. */
    public static final int BASIS_MAX = 500;

    private Scores() {
    }
}

package no.samspill.portfolio;

/** Limits the domain and the forms share. */
public final class PortfolioRules {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int HOW_MAX = 500;
    /** A tertial: three status periods a year, the board's default. */
    public static final int DEFAULT_PERIOD_MONTHS = 4;
    /** How many periods the status list shows by default. */
    public static final int STATUS_PERIODS = 3;

    private PortfolioRules() {
    }
}

package no.samspill.steeringgroup;

/**
 * Limits of steering groups, their meetings, case papers and decisions: the services enforce them, the entities'
 * columns are sized by them, and forms reuse them. A group's mandate has its own
 * ({@link no.samspill.platform.Mandate}).
 */
public final class SteeringRules {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;
    /** A case paper's title. */
    public static final int PAPER_TITLE_MIN = 3;
    public static final int PAPER_TITLE_MAX = 300;
    /** A one-line field of a paper: addressed to, from. */
    public static final int LINE_MAX = 300;
    /** The legal basis named for a paper exempt from public disclosure. */
    public static final int LEGAL_BASIS_MAX = 200;
    /** A section of a paper, and a decision's conclusion. */
    public static final int TEXT_MAX = 100_000;
    /** One point of a paper's proposed decision. */
    public static final int POINT_MAX = 2000;
    /** Where a meeting is held. */
    public static final int PLACE_MIN = 2;
    public static final int PLACE_MAX = 300;
    /** Who was present at a decision, and any dissent. */
    public static final int MINUTES_MAX = 5000;
    /** The papers the group's page reads with its first draw; its list reads further pages as it scrolls. */
    public static final int PAPER_PAGE = 50;
    /** The meetings the group's page reads with its first draw; its list reads further pages as it scrolls. */
    public static final int MEETING_PAGE = 50;
    /** The overseen projects the group's page reads with its first draw, each with its decision points. */
    public static final int OVERSEEN_PAGE = 50;
    /** The decisions about a project its steering tab shows at first, and with each "show more". */
    public static final int DECISION_PAGE = 20;

    private SteeringRules() {
    }
}

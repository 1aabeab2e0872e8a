package no.samspill.referencegroup;

/**
 * Limits of reference groups, product councils and their reviews: the services enforce them, the entities' columns
 * are sized by them, and the forms reuse them in {@code setMaxLength}. A group's mandate has its own
 * ({@link no.samspill.platform.Mandate}).
 */
public final class ReferenceGroupRules {

    /** A group's name, a document's title and a meeting's title. */
    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;
    /** The note published with a new version of a document. */
    public static final int NOTE_MAX = 1000;
    /** A comment, a reply, or the reason given with a disposition. */
    public static final int COMMENT_MAX = 5000;
    /** A meeting's agenda and minutes. */
    public static final int MEETING_TEXT_MAX = 20_000;

    private ReferenceGroupRules() {
    }
}

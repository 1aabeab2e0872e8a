package no.samspill.marketdialogue;

/** Limits the domain enforces; forms reuse them. */
public final class DialogueRules {

    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 20_000;
    public static final int SECTION_TITLE_MAX = 200;
    public static final int QUESTION_MAX = 2_000;
    public static final int FREE_TEXT_DEFAULT = 2_000;
    public static final int FREE_TEXT_MAX = 20_000;
    public static final int UNIT_MAX = 40;
    public static final int OPTION_MAX = 200;
    public static final int OPTIONS_MAX = 30;
    public static final int CLARIFICATION_MAX = 4_000;
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1_000;
    public static final int LOCATION_MAX = 500;
    public static final int MEETING_MIN_MINUTES = 15;
    public static final int MEETING_MAX_MINUTES = 480;
    public static final int MINUTES_MAX = 20_000;

    private DialogueRules() {
    }

    /** The name a refusal gives the answer to a question ({@code ValidationException.fields()}). */
    public static String answerField(long questionId) {
        return "answer-" + questionId;
    }
}

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

    private DialogueRules() {
    }
}

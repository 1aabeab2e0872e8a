package no.samspill.marketdialogue;

/** How a question is answered. */
public enum QuestionType {
    FREE_TEXT,
    YES_NO,
    NUMBER,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FILE;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "question.type." + name();
    }
}

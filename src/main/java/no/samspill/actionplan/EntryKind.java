package no.samspill.actionplan;

/** What a line of a round-table conference is: an agenda item, a learning point, or a proposed action. */
public enum EntryKind {
    AGENDA,
    LEARNING,
    ACTION;

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "roundtable.kind." + name();
    }
}

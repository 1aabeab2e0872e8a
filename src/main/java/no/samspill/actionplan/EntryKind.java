package no.samspill.actionplan;

/** What a line of a round-table conference is: an agenda item, a learning point, or a proposed action. */
public enum EntryKind {
    AGENDA,
    LEARNING,
    ACTION
}

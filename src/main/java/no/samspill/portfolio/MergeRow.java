package no.samspill.portfolio;

/** A proposal merged into another; the merged one keeps its own history, readable under its own id. */
public record MergeRow(long fromId, String fromName, long intoId, String intoName) {
}

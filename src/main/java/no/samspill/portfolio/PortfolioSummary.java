package no.samspill.portfolio;

/** A portfolio in the list: its board, its owner, and whether the reader runs it. */
public record PortfolioSummary(long id, String name, long boardId, String ownerName, boolean manages) {
}

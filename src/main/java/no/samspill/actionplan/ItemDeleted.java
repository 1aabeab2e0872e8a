package no.samspill.actionplan;

/** An action item is about to be removed; whatever points to it lets go within the same transaction. */
public record ItemDeleted(long itemId) {
}

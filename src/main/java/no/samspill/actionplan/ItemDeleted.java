package no.samspill.actionplan;

/**
 * An action item is about to be removed; whatever points to it lets go within the same transaction. The number
 * (A1.2) is what a record of the removal names.
 */
public record ItemDeleted(long itemId, String number) {
}

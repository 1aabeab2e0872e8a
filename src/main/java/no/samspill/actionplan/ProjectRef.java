package no.samspill.actionplan;

/** A procurement project an item can be linked to. */
public record ProjectRef(long id, String label) {
}

package no.samspill.portfolio;

/** Another initiative as a picker or a dependency list names it. */
public record InitiativeRef(long id, String name) {
}

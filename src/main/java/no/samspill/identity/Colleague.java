package no.samspill.identity;

/** Someone in the same tenant, as pickers show them (e.g. choosing a procurement lead). */
public record Colleague(long userId, String displayName, String email) {
}

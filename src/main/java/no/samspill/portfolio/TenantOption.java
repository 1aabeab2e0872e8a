package no.samspill.portfolio;

/** A tenant to pick: as owner of an initiative, or to invite. */
public record TenantOption(long id, String name) {
}

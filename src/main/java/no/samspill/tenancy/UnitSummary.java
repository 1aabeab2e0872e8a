package no.samspill.tenancy;

public record UnitSummary(long id, long tenantId, String name, UnitKind kind) {
}

package no.samspill.tenancy;

import java.time.Instant;
import java.time.ZoneId;

public record TenantSummary(long id, String code, String name, TenantKind kind, String country, ZoneId timeZone,
        String defaultLanguage, Instant createdAt) {
}

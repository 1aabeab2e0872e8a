package no.samspill.tenancy;

import java.time.ZoneId;

/** What a platform admin fills in to create a tenant. */
public record NewTenant(String code, String name, TenantKind kind, String country, ZoneId timeZone,
        String defaultLanguage) {
}

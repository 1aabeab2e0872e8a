package no.samspill.identity;

/** An active person of a tenant as a picker over several tenants shows them: who, and from which tenant. */
public record DirectoryEntry(long userId, String displayName, String email, long tenantId) {
}

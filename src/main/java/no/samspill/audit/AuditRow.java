package no.samspill.audit;

import java.time.Instant;

/** An audit entry as the log shows it. */
public record AuditRow(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        String changes) {
}

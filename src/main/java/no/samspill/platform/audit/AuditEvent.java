package no.samspill.platform.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something changed: who did it, in which tenant, when, what, and the changed fields. Published by every
 * state-changing service call; the audit module stores it in the same transaction.
 */
public record AuditEvent(Instant occurredAt, @Nullable Long actorUserId, String actorName, @Nullable Long tenantId,
        String action, String entityType, String entityId, List<FieldChange> changes) {

    public AuditEvent {
        changes = changes.stream().filter(FieldChange::changed).toList();
    }
}

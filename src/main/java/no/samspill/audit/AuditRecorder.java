package no.samspill.audit;

import java.util.stream.Collectors;
import no.samspill.audit.domain.AuditEntry;
import no.samspill.audit.domain.AuditEntryRepository;
import no.samspill.platform.audit.AuditEvent;
import no.samspill.platform.audit.FieldChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores audit events synchronously, inside the transaction that published them: a change without its entry
 * cannot commit (see docs/decisions/003-audit-in-the-same-transaction.md).
 */
@Component
class AuditRecorder {

    private final AuditEntryRepository entries;

    AuditRecorder(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(AuditEvent event) {
        String changes = event.changes().isEmpty() ? null : event.changes().stream()
                .map(AuditRecorder::format).collect(Collectors.joining("; "));
        entries.save(new AuditEntry(event.occurredAt(), event.actorUserId(), event.actorName(), event.tenantId(),
                event.action(), event.entityType(), event.entityId(), changes));
    }

    private static String format(FieldChange c) {
        return c.field() + ": " + (c.oldValue() == null ? "–" : c.oldValue()) + " → "
                + (c.newValue() == null ? "–" : c.newValue());
    }
}

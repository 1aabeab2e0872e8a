package no.samspill.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One audit entry. Immutable in Hibernate, and triggers in the database refuse UPDATE and DELETE. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "actor_user_id", updatable = false)
    private @Nullable Long actorUserId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 254)
    private String actorName = "";

    @Column(name = "tenant_id", updatable = false)
    private @Nullable Long tenantId;

    @Column(nullable = false, updatable = false, length = 80)
    private String action = "";

    @Column(name = "entity_type", nullable = false, updatable = false, length = 80)
    private String entityType = "";

    @Column(name = "entity_id", nullable = false, updatable = false, length = 80)
    private String entityId = "";

    @Column(updatable = false, columnDefinition = "TEXT")
    private @Nullable String changes;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, @Nullable Long actorUserId, String actorName, @Nullable Long tenantId,
            String action, String entityType, String entityId, @Nullable String changes) {
        this.occurredAt = occurredAt;
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.tenantId = tenantId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = changes;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public @Nullable String getChanges() {
        return changes;
    }
}

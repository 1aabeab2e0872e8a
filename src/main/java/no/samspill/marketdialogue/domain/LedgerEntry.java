package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.marketdialogue.LedgerKind;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A contact between the buyer and one or all suppliers. The table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "dialogue_ledger")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "dialogue_id", nullable = false)
    private long dialogueId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LedgerKind kind = LedgerKind.DIALOGUE_PUBLISHED;

    @Column(name = "supplier_tenant_id")
    private @Nullable Long supplierTenantId;

    @Column(name = "shared_with_all", nullable = false)
    private boolean sharedWithAll;

    @Column(nullable = false, length = 2000)
    private String summary = "";

    @Column(name = "actor_name", nullable = false, length = 254)
    private String actorName = "";

    protected LedgerEntry() {
    }

    public LedgerEntry(long dialogueId, Instant occurredAt, LedgerKind kind, @Nullable Long supplierTenantId,
            boolean sharedWithAll, String summary, String actorName) {
        this.dialogueId = dialogueId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.supplierTenantId = supplierTenantId;
        this.sharedWithAll = sharedWithAll;
        this.summary = summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
        this.actorName = actorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public @Nullable Long getSupplierTenantId() {
        return supplierTenantId;
    }

    public boolean isSharedWithAll() {
        return sharedWithAll;
    }

    public String getSummary() {
        return summary;
    }

    public String getActorName() {
        return actorName;
    }
}

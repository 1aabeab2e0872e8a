package no.samspill.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.knowledgebase.Correction;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** A company's proposed correction of a case's text (kb_correction). */
@Entity
@Table(name = "kb_correction")
public class CorrectionEntity extends VersionedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "supplier_tenant_id", nullable = false, updatable = false)
    private long supplierTenantId;

    @Column(nullable = false, length = 30, updatable = false)
    @Enumerated(EnumType.STRING)
    private Correction.Field field = Correction.Field.RESULTS;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String proposed = "";

    @Column(nullable = false, length = 500, updatable = false)
    private String reason = "";

    @Column(nullable = false, length = 12)
    @Enumerated(EnumType.STRING)
    private Correction.Status status = Correction.Status.PROPOSED;

    @Column(name = "proposed_by", nullable = false, length = 254, updatable = false)
    private String proposedBy = "";

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt = Instant.EPOCH;

    @Column(name = "decided_by", length = 254)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_note", nullable = false, length = 500)
    private String decisionNote = "";

    protected CorrectionEntity() {
    }

    public CorrectionEntity(long caseId, long supplierTenantId, Correction.Field field, String proposed, String reason,
            String proposedBy, Instant proposedAt) {
        this.caseId = caseId;
        this.supplierTenantId = supplierTenantId;
        this.field = field;
        this.proposed = proposed;
        this.reason = reason;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public void decide(Correction.Status to, String note, String by, Instant at) {
        status = to;
        decisionNote = note;
        decidedBy = by;
        decidedAt = at;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getSupplierTenantId() {
        return supplierTenantId;
    }

    public Correction.Field getField() {
        return field;
    }

    public String getProposed() {
        return proposed;
    }

    public Correction.Status getStatus() {
        return status;
    }

    public Correction toRecord(String supplierName) {
        return new Correction(id(), getVersion(), caseId, supplierName, field, proposed, reason, status, proposedBy,
                proposedAt, decisionNote);
    }
}

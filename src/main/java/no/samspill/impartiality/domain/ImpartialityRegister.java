package no.samspill.impartiality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;

/** A project's register of declarations; while it exists, the project's gate holds (ADR 021). It is never closed. */
@Entity
@Table(name = "impartiality_register")
public class ImpartialityRegister extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt = Instant.EPOCH;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 200)
    private String openedBy = "";

    protected ImpartialityRegister() {
    }

    public ImpartialityRegister(long tenantId, long projectId, Instant openedAt, String openedBy) {
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    public long getTenantId() {
        return tenantId;
    }

    public long getProjectId() {
        return projectId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}

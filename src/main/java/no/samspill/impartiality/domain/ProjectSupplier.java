package no.samspill.impartiality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A supplier taking part in one of the project's market dialogues, as the dialogue's events told this module. */
@Entity
@Table(name = "impartiality_supplier")
public class ProjectSupplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "supplier_tenant_id", nullable = false, updatable = false)
    private long supplierTenantId;

    @Column(name = "supplier_name", nullable = false, length = 200)
    private String supplierName = "";

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt = Instant.EPOCH;

    protected ProjectSupplier() {
    }

    public ProjectSupplier(long projectId, long supplierTenantId, String supplierName, Instant joinedAt) {
        this.projectId = projectId;
        this.supplierTenantId = supplierTenantId;
        this.supplierName = supplierName;
        this.joinedAt = joinedAt;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getSupplierTenantId() {
        return supplierTenantId;
    }

    public String getSupplierName() {
        return supplierName;
    }
}

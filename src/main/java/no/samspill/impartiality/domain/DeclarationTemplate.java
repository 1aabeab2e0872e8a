package no.samspill.impartiality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/**
 * One version of a country's declaration template. Shipped versions have no tenant; a tenant admin's adaptation is
 * a new version of the tenant's own. A version is never changed once made: a signed declaration names the one it used.
 */
@Entity
@Table(name = "impartiality_template")
public class DeclarationTemplate extends VersionedEntity {

    @Column(name = "tenant_id", updatable = false)
    private @Nullable Long tenantId;

    @Column(nullable = false, length = 2, updatable = false)
    private String country = "NO";

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected DeclarationTemplate() {
    }

    public DeclarationTemplate(@Nullable Long tenantId, String country, int number, Instant createdAt) {
        this.tenantId = tenantId;
        this.country = country;
        this.number = number;
        this.createdAt = createdAt;
    }

    public @Nullable Long getTenantId() {
        return tenantId;
    }

    public String getCountry() {
        return country;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

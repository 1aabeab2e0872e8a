package no.samspill.procurement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.VersionedEntity;
import no.samspill.procurement.Category;
import no.samspill.procurement.Phase;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "procurement_project")
public class ProcurementProject extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(nullable = false, length = 30)
    private String reference = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Category category = Category.OTHER;

    @Column(name = "lead_user_id")
    private @Nullable Long leadUserId;

    @Column(name = "estimated_value", precision = 15, scale = 2)
    private @Nullable BigDecimal estimatedValue;

    @Column(nullable = false, length = 3)
    private String currency = "NOK";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Phase phase = Phase.NEEDS_ANALYSIS;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procurement_project_unit", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "unit_id")
    @BatchSize(size = 100)
    private Set<Long> unitIds = new HashSet<>();

    protected ProcurementProject() {
    }

    public ProcurementProject(long tenantId, String currency, Instant createdAt) {
        this.tenantId = tenantId;
        this.currency = currency;
        this.createdAt = createdAt;
    }

    public void update(String reference, String title, String description, Category category,
            @Nullable Long leadUserId, Set<Long> unitIds, @Nullable BigDecimal estimatedValue) {
        this.reference = reference;
        this.title = title;
        this.description = description;
        this.category = category;
        this.leadUserId = leadUserId;
        this.unitIds.clear();
        this.unitIds.addAll(unitIds);
        this.estimatedValue = estimatedValue;
    }

    public void moveTo(Phase next) {
        this.phase = next;
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Category getCategory() {
        return category;
    }

    public @Nullable Long getLeadUserId() {
        return leadUserId;
    }

    public @Nullable BigDecimal getEstimatedValue() {
        return estimatedValue;
    }

    public String getCurrency() {
        return currency;
    }

    public Phase getPhase() {
        return phase;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }
}

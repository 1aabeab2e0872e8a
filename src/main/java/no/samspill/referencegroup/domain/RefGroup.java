package no.samspill.referencegroup.domain;

import jakarta.persistence.CollectionTable;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.Mandate;
import no.samspill.platform.MandateColumns;
import no.samspill.platform.VersionedEntity;
import no.samspill.procurement.Category;
import no.samspill.referencegroup.GroupKind;
import no.samspill.referencegroup.ReferenceGroupRules;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "ref_group")
public class RefGroup extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private GroupKind kind = GroupKind.REFERENCE_GROUP;

    @Column(nullable = false, length = ReferenceGroupRules.NAME_MAX)
    private String name = "";

    @Column(name = "project_id", updatable = false)
    private @Nullable Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private @Nullable Category category;

    @Column(name = "fixed_group", nullable = false)
    private boolean fixed;

    @Embedded
    private MandateColumns mandate = MandateColumns.of(Mandate.none());

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    /** Other buyer tenants whose people may be members (the audit trail says who invited them, and when). */
    // a page of rows loads this for all of them in one statement, not one per row
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ref_group_tenant", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "tenant_id")
    private Set<Long> invitedTenants = new HashSet<>();

    protected RefGroup() {
    }

    public RefGroup(long tenantId, GroupKind kind, String name, @Nullable Long projectId, @Nullable Category category,
            boolean fixed, Instant createdAt) {
        this.tenantId = tenantId;
        this.kind = kind;
        this.name = name;
        this.projectId = projectId;
        this.category = category;
        this.fixed = fixed;
        this.createdAt = createdAt;
    }

    public void setMandate(Mandate m) {
        this.mandate = MandateColumns.of(m);
    }

    public Mandate mandate() {
        return mandate.toMandate();
    }

    public long getTenantId() {
        return tenantId;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public @Nullable Category getCategory() {
        return category;
    }

    public boolean isFixed() {
        return fixed;
    }

    public Set<Long> getInvitedTenants() {
        return Set.copyOf(invitedTenants);
    }

    public boolean invite(long tenantId) {
        return invitedTenants.add(tenantId);
    }
}

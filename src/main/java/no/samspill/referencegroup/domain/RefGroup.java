package no.samspill.referencegroup.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.VersionedEntity;
import no.samspill.procurement.Category;
import no.samspill.referencegroup.GroupKind;
import no.samspill.platform.Mandate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "ref_group")
public class RefGroup extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private GroupKind kind = GroupKind.REFERENCE_GROUP;

    @Column(nullable = false, length = 200)
    private String name = "";

    @Column(name = "project_id", updatable = false)
    private @Nullable Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private @Nullable Category category;

    @Column(name = "fixed_group", nullable = false)
    private boolean fixed;

    @Column(name = "mandate_purpose", nullable = false, columnDefinition = "TEXT")
    private String purpose = "";

    @Column(name = "mandate_approved_by", nullable = false, length = 200)
    private String approvedBy = "";

    @Column(name = "mandate_approver_role", nullable = false, length = 200)
    private String approverRole = "";

    @Column(name = "mandate_approved_on")
    private @Nullable LocalDate approvedOn;

    @Column(name = "mandate_from")
    private @Nullable LocalDate mandateFrom;

    @Column(name = "mandate_to")
    private @Nullable LocalDate mandateTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    /** Other buyer tenants whose people may be members (the audit trail says who invited them, and when). */
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
        this.purpose = m.purpose();
        this.approvedBy = m.approvedBy();
        this.approverRole = m.approverRole();
        this.approvedOn = m.approvedOn();
        this.mandateFrom = m.from();
        this.mandateTo = m.to();
    }

    public Mandate mandate() {
        return new Mandate(purpose, approvedBy, approverRole, approvedOn, mandateFrom, mandateTo);
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

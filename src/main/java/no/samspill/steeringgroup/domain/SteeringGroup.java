package no.samspill.steeringgroup.domain;

import jakarta.persistence.CollectionTable;
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
import no.samspill.steeringgroup.GroupKind;
import no.samspill.steeringgroup.SteeringRules;

/** A steering group of a buyer tenant, with its mandate. */
@Entity
@Table(name = "steering_group")
public class SteeringGroup extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(nullable = false, length = SteeringRules.NAME_MAX)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private GroupKind kind = GroupKind.STEERING;

    @Embedded
    private MandateColumns mandate = MandateColumns.of(Mandate.none());

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    /** Action plans the group follows; their items go on the package's status pages. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "steering_group_plan", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "plan_id")
    @org.hibernate.annotations.BatchSize(size = 100)
    private Set<Long> plans = new HashSet<>();

    protected SteeringGroup() {
    }

    public SteeringGroup(long tenantId, String name, Instant createdAt) {
        this(tenantId, name, GroupKind.STEERING, createdAt);
    }

    public SteeringGroup(long tenantId, String name, GroupKind kind, Instant createdAt) {
        this.tenantId = tenantId;
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public GroupKind getKind() {
        return kind;
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

    public String getName() {
        return name;
    }

    public Set<Long> getPlans() {
        return Set.copyOf(plans);
    }

    public boolean oversee(long planId) {
        return plans.add(planId);
    }
}

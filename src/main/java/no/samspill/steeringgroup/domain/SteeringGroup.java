package no.samspill.steeringgroup.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.Mandate;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** A steering group of a buyer tenant, with its mandate. */
@Entity
@Table(name = "steering_group")
public class SteeringGroup extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(nullable = false, length = 200)
    private String name = "";

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

    /** Action plans the group follows; their items go on the package's status pages. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "steering_group_plan", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "plan_id")
    private Set<Long> plans = new HashSet<>();

    protected SteeringGroup() {
    }

    public SteeringGroup(long tenantId, String name, Instant createdAt) {
        this.tenantId = tenantId;
        this.name = name;
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

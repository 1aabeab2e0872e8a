package no.samspill.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.actionplan.ActionPlanRules;
import no.samspill.platform.VersionedEntity;

@Entity
@Table(name = "action_plan")
public class ActionPlan extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(nullable = false, length = ActionPlanRules.TITLE_MAX)
    private String title = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ActionPlan() {
    }

    public ActionPlan(long tenantId, String title, String description, Instant createdAt) {
        this.tenantId = tenantId;
        this.title = title;
        this.description = description;
        this.createdAt = createdAt;
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}

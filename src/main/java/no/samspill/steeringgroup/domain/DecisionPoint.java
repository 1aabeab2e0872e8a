package no.samspill.steeringgroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import no.samspill.procurement.Phase;
import no.samspill.steeringgroup.DecisionKind;
import org.jspecify.annotations.Nullable;

/** A project the group oversees needs a decision of this kind before it may enter the phase. */
@Entity
@Table(name = "steering_decision_point")
public class DecisionPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "before_phase", nullable = false, updatable = false, length = 40)
    private Phase beforePhase = Phase.TENDER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private DecisionKind kind = DecisionKind.NEEDS_ANALYSIS_APPROVAL;

    protected DecisionPoint() {
    }

    public DecisionPoint(long groupId, long projectId, Phase beforePhase, DecisionKind kind) {
        this.groupId = groupId;
        this.projectId = projectId;
        this.beforePhase = beforePhase;
        this.kind = kind;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getProjectId() {
        return projectId;
    }

    public Phase getBeforePhase() {
        return beforePhase;
    }

    public DecisionKind getKind() {
        return kind;
    }
}

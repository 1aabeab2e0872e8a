package no.samspill.steeringgroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.platform.VersionedEntity;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.DecisionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The group's decision on a case paper at a meeting: the adopted conclusion (which may differ from the proposal),
 * who was present, and any dissent. It can be corrected until the meeting's minutes are approved; after that only a
 * later decision can supersede it.
 */
@Entity
@Table(name = "steering_decision")
public class Decision extends VersionedEntity {

    @Column(name = "paper_id", nullable = false, updatable = false)
    private long paperId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private @Nullable DecisionKind kind;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String conclusion = "";

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn = LocalDate.EPOCH;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String present = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String dissent = "";

    @Column(name = "supersedes_id", updatable = false)
    private @Nullable Long supersedesId;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable DecisionOutcome outcome;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String reason = "";

    protected Decision() {
    }

    public Decision(long paperId, long meetingId, @Nullable Long supersedesId) {
        this.paperId = paperId;
        this.meetingId = meetingId;
        this.supersedesId = supersedesId;
    }

    public void record(@Nullable DecisionKind kind, String conclusion, LocalDate decidedOn, String present,
            String dissent, String by, Instant at) {
        this.kind = kind;
        this.conclusion = conclusion;
        this.decidedOn = decidedOn;
        this.present = present;
        this.dissent = dissent;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Approved, or rejected with its reason (the caller checked that a rejection has one); null settles nothing. */
    public void settle(@Nullable DecisionOutcome outcome, String reason) {
        this.outcome = outcome;
        this.reason = outcome == null ? "" : reason;
    }

    public @Nullable DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public long getPaperId() {
        return paperId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public @Nullable DecisionKind getKind() {
        return kind;
    }

    public String getConclusion() {
        return conclusion;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getPresent() {
        return present;
    }

    public String getDissent() {
        return dissent;
    }

    public @Nullable Long getSupersedesId() {
        return supersedesId;
    }
}

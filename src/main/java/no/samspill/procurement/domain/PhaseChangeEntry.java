package no.samspill.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.procurement.Phase;
import no.samspill.procurement.PhaseChange;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A recorded phase move; history is never rewritten. */
@Entity
@Immutable
@Table(name = "procurement_phase_change")
public class PhaseChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", length = 40)
    private @Nullable Phase fromPhase;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false, length = 40)
    private Phase toPhase = Phase.NEEDS_ANALYSIS;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by_user_id")
    private @Nullable Long changedByUserId;

    @Column(name = "changed_by_name", nullable = false, length = 254)
    private String changedByName = "";

    @Column(nullable = false, length = 1000)
    private String note = "";

    protected PhaseChangeEntry() {
    }

    public PhaseChangeEntry(long projectId, @Nullable Phase fromPhase, Phase toPhase, Instant changedAt,
            @Nullable Long changedByUserId, String changedByName, String note) {
        this.projectId = projectId;
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.changedAt = changedAt;
        this.changedByUserId = changedByUserId;
        this.changedByName = changedByName;
        this.note = note;
    }

    public PhaseChange toRecord() {
        return new PhaseChange(fromPhase, toPhase, changedAt, changedByName, note);
    }
}

package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One move of a checkpoint, kept so the board sees how often and why a date slipped. */
@Entity
@Table(name = "checkpoint_move")
public class CheckpointMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "checkpoint_id", nullable = false, updatable = false)
    private long checkpointId;

    @Column(name = "from_on", nullable = false, updatable = false)
    private LocalDate fromOn = LocalDate.EPOCH;

    @Column(name = "to_on", nullable = false, updatable = false)
    private LocalDate toOn = LocalDate.EPOCH;

    @Column(nullable = false, updatable = false)
    private String reason = "";

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt = Instant.EPOCH;

    @Column(name = "moved_by", nullable = false, updatable = false, length = 254)
    private String movedBy = "";

    protected CheckpointMove() {
    }

    public CheckpointMove(long checkpointId, LocalDate fromOn, LocalDate toOn, String reason, Instant movedAt,
            String movedBy) {
        this.checkpointId = checkpointId;
        this.fromOn = fromOn;
        this.toOn = toOn;
        this.reason = reason;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
    }

    public long getCheckpointId() {
        return checkpointId;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getToOn() {
        return toOn;
    }

    public String getReason() {
        return reason;
    }
}

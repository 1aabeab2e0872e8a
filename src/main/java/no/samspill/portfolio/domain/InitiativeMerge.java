package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One proposal merged into another; the merged one keeps its own history and points to where it went. */
@Entity
@Table(name = "initiative_merge")
public class InitiativeMerge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "from_id", nullable = false, updatable = false)
    private long fromId;

    @Column(name = "into_id", nullable = false, updatable = false)
    private long intoId;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt = Instant.EPOCH;

    @Column(name = "merged_by", nullable = false, updatable = false, length = 254)
    private String mergedBy = "";

    protected InitiativeMerge() {
    }

    public InitiativeMerge(long fromId, long intoId, Instant mergedAt, String mergedBy) {
        this.fromId = fromId;
        this.intoId = intoId;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
    }

    public long getFromId() {
        return fromId;
    }

    public java.time.Instant getMergedAt() {
        return mergedAt;
    }

    public long getIntoId() {
        return intoId;
    }
}

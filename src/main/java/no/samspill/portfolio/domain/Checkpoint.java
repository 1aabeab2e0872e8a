package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.samspill.platform.VersionedEntity;

/** An avsjekkpunkt: the date it was first set keeps, the current one moves (each move kept as a CheckpointMove). */
@Entity
@Table(name = "initiative_checkpoint")
public class Checkpoint extends VersionedEntity {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "original_on", nullable = false, updatable = false)
    private LocalDate originalOn = LocalDate.EPOCH;

    @Column(name = "current_on", nullable = false)
    private LocalDate currentOn = LocalDate.EPOCH;

    protected Checkpoint() {
    }

    public Checkpoint(long initiativeId, String title, LocalDate on) {
        this.initiativeId = initiativeId;
        this.title = title;
        this.originalOn = on;
        this.currentOn = on;
    }

    public void moveTo(LocalDate on) {
        this.currentOn = on;
    }

    public boolean moved() {
        return !currentOn.equals(originalOn);
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOriginalOn() {
        return originalOn;
    }

    public LocalDate getCurrentOn() {
        return currentOn;
    }
}

package no.samspill.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.platform.VersionedEntity;

@Entity
@Table(name = "round_table")
public class RoundTable extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @Column(nullable = false, length = 200)
    private String place = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String topic = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected RoundTable() {
    }

    public RoundTable(long tenantId, String title, LocalDate heldOn, String place, String topic, Instant createdAt) {
        this.tenantId = tenantId;
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.topic = topic;
        this.createdAt = createdAt;
    }

    public long getTenantId() {
        return tenantId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getTopic() {
        return topic;
    }
}

package no.samspill.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.actionplan.ItemStatus;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "action_item_history")
public class ItemHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ItemStatus status = ItemStatus.GREEN;

    @Column(name = "status_text", nullable = false, columnDefinition = "TEXT")
    private String statusText = "";

    @Column(name = "expected_month")
    private @Nullable LocalDate expectedMonth;

    protected ItemHistoryEntry() {
    }

    public ItemHistoryEntry(long itemId, Instant changedAt, String changedBy, ItemStatus status, String statusText,
            @Nullable LocalDate expectedMonth) {
        this.itemId = itemId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.status = status;
        this.statusText = statusText;
        this.expectedMonth = expectedMonth;
    }

    public long getItemId() {
        return itemId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getStatusText() {
        return statusText;
    }

    public @Nullable LocalDate getExpectedMonth() {
        return expectedMonth;
    }
}

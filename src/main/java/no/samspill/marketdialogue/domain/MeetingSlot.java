package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** A 1:1 meeting slot the buyer offers; booked by one supplier, with minutes the buyer writes. */
@Entity
@Table(name = "meeting_slot")
public class MeetingSlot extends VersionedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 500)
    private String location = "";

    /** Set only through MeetingRepository.book, the one place that guards against double booking. */
    @Column(name = "booked_by", insertable = false, updatable = false)
    private @Nullable Long bookedBy;

    @Column(name = "booked_at", insertable = false, updatable = false)
    private @Nullable Instant bookedAt;

    @Column(columnDefinition = "TEXT")
    private @Nullable String minutes;

    @Column(name = "minutes_published", columnDefinition = "TEXT")
    private @Nullable String minutesPublished;

    @Column(name = "minutes_published_at")
    private @Nullable Instant minutesPublishedAt;

    protected MeetingSlot() {
    }

    public MeetingSlot(long dialogueId, Instant startsAt, int durationMinutes, String location) {
        this.dialogueId = dialogueId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.location = location;
    }

    public void writeMinutes(String text) {
        this.minutes = text;
    }

    public void publishMinutes(String redacted, Instant now) {
        this.minutesPublished = redacted;
        this.minutesPublishedAt = now;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public @Nullable Long getBookedBy() {
        return bookedBy;
    }

    public @Nullable String getMinutes() {
        return minutes;
    }

    public @Nullable String getMinutesPublished() {
        return minutesPublished;
    }

    public @Nullable Instant getMinutesPublishedAt() {
        return minutesPublishedAt;
    }
}

package no.samspill.steeringgroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A case paper on a meeting's agenda, at a position. */
@Entity
@Table(name = "steering_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(name = "paper_id", nullable = false, updatable = false)
    private long paperId;

    @Column(nullable = false)
    private int position;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, long paperId, int position) {
        this.meetingId = meetingId;
        this.paperId = paperId;
        this.position = position;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getPaperId() {
        return paperId;
    }

    public int getPosition() {
        return position;
    }
}

package no.samspill.steeringgroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import no.samspill.steeringgroup.SteeringRules;

/** A meeting: when, where (a room or a video link), and whether its minutes are approved (decisions then lock). */
@Entity
@Table(name = "steering_meeting")
public class SteeringMeeting extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(nullable = false, length = SteeringRules.PLACE_MAX)
    private String place = "";

    @Column(name = "minutes_approved", nullable = false)
    private boolean minutesApproved;

    protected SteeringMeeting() {
    }

    public SteeringMeeting(long groupId, Instant startsAt, String place) {
        this.groupId = groupId;
        this.startsAt = startsAt;
        this.place = place;
    }

    public void approveMinutes() {
        this.minutesApproved = true;
    }

    public long getGroupId() {
        return groupId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public boolean isMinutesApproved() {
        return minutesApproved;
    }
}

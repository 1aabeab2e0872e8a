package no.samspill.referencegroup.domain;

import jakarta.persistence.CollectionTable;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.samspill.platform.VersionedEntity;
import no.samspill.referencegroup.ReferenceGroupRules;

/** A meeting of a group; the minutes and the attendance are written after it. */
@Entity
@Table(name = "ref_group_meeting")
public class GroupMeeting extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @Column(nullable = false, length = ReferenceGroupRules.NAME_MAX)
    private String title = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String agenda = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String minutes = "";

    // a page of rows loads this for all of them in one statement, not one per row
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ref_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "user_id")
    private Set<Long> attendees = new HashSet<>();

    protected GroupMeeting() {
    }

    public GroupMeeting(long groupId, LocalDate heldOn, String title, String agenda) {
        this.groupId = groupId;
        this.heldOn = heldOn;
        this.title = title;
        this.agenda = agenda;
    }

    public void record(String minutes, Set<Long> attendees) {
        this.minutes = minutes;
        this.attendees.clear();
        this.attendees.addAll(attendees);
    }

    public long getGroupId() {
        return groupId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public Set<Long> getAttendees() {
        return Set.copyOf(attendees);
    }
}

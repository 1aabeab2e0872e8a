package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.List;

/** A group meeting with its agenda, minutes and the names of those who attended. */
public record MeetingRow(long id, long version, LocalDate heldOn, String title, String agenda, String minutes,
        List<Long> attendeeIds, List<String> attendees) {
    public MeetingRow {
        attendeeIds = List.copyOf(attendeeIds);
        attendees = List.copyOf(attendees);
    }
}

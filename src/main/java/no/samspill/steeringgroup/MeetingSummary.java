package no.samspill.steeringgroup;

import java.time.Instant;

/** A meeting in the group's list. */
public record MeetingSummary(long id, Instant startsAt, String place, int papers, boolean minutesApproved,
        int packages) {
}

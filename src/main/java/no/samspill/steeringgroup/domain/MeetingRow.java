package no.samspill.steeringgroup.domain;

import java.time.Instant;

/** A meeting as the group's list reads it, with its papers on the agenda and its packages counted in the query. */
public record MeetingRow(long id, Instant startsAt, String place, boolean minutesApproved, long papers,
        long packages) {
}

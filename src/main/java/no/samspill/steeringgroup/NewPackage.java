package no.samspill.steeringgroup;

import java.time.Instant;

/** The latest package of an upcoming meeting in one of the user's steering groups, for the dashboard. */
public record NewPackage(long meetingId, String groupName, Instant startsAt, int number, Instant generatedAt) {
}

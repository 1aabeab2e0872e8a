package no.samspill.steeringgroup;

/** Everything the steering group's page shows, read in one transaction with one access check. */
public record SteeringGroupPage(SteeringGroupDetails details, MeetingPage meetings, PaperPage papers) {
}

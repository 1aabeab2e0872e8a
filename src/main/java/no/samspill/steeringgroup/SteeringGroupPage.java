package no.samspill.steeringgroup;

import java.util.List;

/** Everything the steering group's page shows, read in one transaction with one access check. */
public record SteeringGroupPage(SteeringGroupDetails details, List<MeetingSummary> meetings, PaperPage papers) {

    public SteeringGroupPage {
        meetings = List.copyOf(meetings);
    }
}

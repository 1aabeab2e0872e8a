package no.samspill.steeringgroup;

import java.util.List;

/** The first page of a group's meetings and how many it has: its list draws them without asking again. */
public record MeetingPage(List<MeetingSummary> first, long total) {

    public MeetingPage {
        first = List.copyOf(first);
    }
}

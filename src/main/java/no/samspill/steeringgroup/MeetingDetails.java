package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.List;

/** A meeting with its agenda of case papers, the decisions made, the archived packages and what the reader may do. */
public record MeetingDetails(long id, long version, long groupId, String groupName, Instant startsAt, String place,
        boolean minutesApproved, List<PaperSummary> agenda, List<DecisionRow> decisions, List<PackageRow> packages,
        boolean canManage) {

    public MeetingDetails {
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
        packages = List.copyOf(packages);
    }
}

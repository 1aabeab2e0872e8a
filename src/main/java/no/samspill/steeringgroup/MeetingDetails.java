package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.List;
import no.samspill.platform.security.DeclarationRequiredException;
import org.jspecify.annotations.Nullable;

/**
 * A meeting with its agenda of case papers, the decisions made, the archived packages and what the reader may do.
 * {@code shut}: the agenda's projects whose impartiality gate is shut for the reader; their papers are withheld and
 * their decisions left out, and the page says which declaration is missing.
 */
public record MeetingDetails(long id, long version, long groupId, String groupName, Instant startsAt, String place,
        boolean minutesApproved, List<PaperSummary> agenda, List<DecisionRow> decisions, List<PackageRow> packages,
        boolean canManage, List<Shut> shut) {

    public MeetingDetails {
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
        packages = List.copyOf(packages);
        shut = List.copyOf(shut);
    }

    /** A project on the agenda that the reader must declare for first. */
    public record Shut(@Nullable String reference, DeclarationRequiredException refusal) {
    }
}

package no.samspill.portfolio;

import java.util.List;
import java.util.Optional;
import no.samspill.steeringgroup.MeetingSummary;
import org.jspecify.annotations.Nullable;

/**
 * The board as the intake tab shows it: its next meeting (for the board's office only), the target picture's draft
 * that can be sent, and every paper sent with the board's outcome.
 */
public record BoardView(Optional<MeetingSummary> nextMeeting, @Nullable TargetVersionRow draft,
        List<ReferralRow> sent, boolean manages) {

    public BoardView {
        sent = List.copyOf(sent);
    }
}

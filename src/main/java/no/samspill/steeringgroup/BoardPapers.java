package no.samspill.steeringgroup;

import java.time.Instant;
import java.util.Optional;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.steeringgroup.domain.SteeringMeeting;
import no.samspill.steeringgroup.domain.SteeringMeetingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How another module (the portfolio) puts a matter before a board: a case paper, written by the group's own paper
 * service and placed on the agenda of the group's next meeting, so its access, numbering and audit are the group's.
 * The board's decision comes back as {@link SteeringEvents.PaperSettled}.
 */
@Component
public class BoardPapers {

    private final SteeringAccess access;
    private final SteeringMeetingRepository meetings;
    private final CasePaperService papers;
    private final SteeringMeetingService meetingService;
    private final no.samspill.platform.time.TenantTime time;

    BoardPapers(SteeringAccess access, SteeringMeetingRepository meetings, CasePaperService papers,
            SteeringMeetingService meetingService, no.samspill.platform.time.TenantTime time) {
        this.access = access;
        this.meetings = meetings;
        this.papers = papers;
        this.meetingService = meetingService;
        this.time = time;
    }

    /** A paper placed before the board: its number and the meeting it is on. */
    public record Placed(long paperId, String number, long meetingId, Instant meetingStartsAt) {
    }

    /** The group's next meeting (today's or a later one, its minutes open), for the user who may read the group. */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> nextMeeting(long groupId) {
        access.read(groupId);
        return next(groupId).map(m -> new MeetingSummary(m.id(), m.getStartsAt(), m.getPlace(), 0, false, 0));
    }

    /**
     * Writes the paper and places it on the next meeting's agenda, where the secretary can still change it before
     * the meeting decides; refused with a clear message when the board has no meeting ahead.
     */
    @Transactional
    public Placed draftForNextMeeting(long groupId, PaperForm form) {
        access.manage(groupId);
        SteeringMeeting meeting = next(groupId)
                .orElseThrow(() -> new ValidationException("steering.board.error.no-meeting"));
        PaperView paper = papers.create(groupId, form);
        meetingService.placeOnAgenda(meeting.id(), paper.id());
        return new Placed(paper.id(), paper.number(), meeting.id(), meeting.getStartsAt());
    }

    /** The earliest meeting of today or later (in the tenant's zone) whose minutes are still open. */
    private Optional<SteeringMeeting> next(long groupId) {
        // asked of the database from the start of today, not by loading the group's years of meetings
        return meetings.findFirstByGroupIdAndMinutesApprovedFalseAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
                groupId, time.today().atStartOfDay(time.zone()).toInstant());
    }
}

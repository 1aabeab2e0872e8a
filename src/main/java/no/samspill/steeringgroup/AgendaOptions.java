package no.samspill.steeringgroup;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.SearchPatterns;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.SteeringMeeting;
import no.samspill.steeringgroup.domain.SteeringMeetingRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The papers the secretary may put on a meeting's agenda, a page at a time for its picker: the query leaves out what
 * is on the agenda already, what the reader may not see (exempt papers for an admin who is no member) and the papers
 * of the projects whose impartiality gate is shut for them. The gate is asked once per call for the group's
 * projects, and it keeps its clearances for the request; the shut projects themselves are worked out at each call,
 * not kept, so a declaration signed in the same request opens them at once, as it does the gate's clearances.
 */
@Component
class AgendaOptions {

    /** Stands in for no shut project: an empty list in "not in" is not portable JPQL. */
    private static final List<Long> NONE = List.of(-1L);

    private final SteeringAccess access;
    private final SteeringMeetingRepository meetings;
    private final CasePaperRepository papers;
    private final ImpartialityGate gate;

    AgendaOptions(SteeringAccess access, SteeringMeetingRepository meetings, CasePaperRepository papers,
            ImpartialityGate gate) {
        this.access = access;
        this.meetings = meetings;
        this.papers = papers;
        this.gate = gate;
    }

    /** The picker's rows, newest first, without their projects' references (the picker shows number and title). */
    List<PaperSummary> options(long meetingId, String text, long offset, int limit) {
        Scope s = scope(meetingId);
        return papers.agendaOptions(s.groupId(), meetingId, s.readsExempt(), s.shut(),
                        SearchPatterns.contains(text), OffsetLimit.of(offset, limit, Sort.unsorted())).stream()
                .map(p -> PaperList.summary(p, s.reader(), null, Map.of())).toList();
    }

    long count(long meetingId, String text) {
        Scope s = scope(meetingId);
        return papers.countAgendaOptions(s.groupId(), meetingId, s.readsExempt(), s.shut(),
                SearchPatterns.contains(text));
    }

    private record Scope(SteeringAccess.Reader reader, long groupId, boolean readsExempt, List<Long> shut) {
    }

    /** Only who runs the group puts papers on its agendas. */
    private Scope scope(long meetingId) {
        SteeringMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.manage(meeting.getGroupId());
        Set<Long> shut = gate.refusals(papers.projectsOfGroup(meeting.getGroupId())).keySet();
        return new Scope(reader, meeting.getGroupId(), reader.readsExempt(),
                shut.isEmpty() ? NONE : List.copyOf(shut));
    }
}

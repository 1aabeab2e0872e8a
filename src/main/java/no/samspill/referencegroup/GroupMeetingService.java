package no.samspill.referencegroup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.identity.PeopleDirectory;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.platform.time.TenantTime;
import no.samspill.referencegroup.domain.GroupMeeting;
import no.samspill.referencegroup.domain.GroupMeetingRepository;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A group's meetings. Whoever may see the group reads the agendas and minutes; the lead or the chair plans meetings
 * and records minutes and attendance. Attendance is limited to people who are or were members of the group.
 */
@Service
public class GroupMeetingService {

    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

    private final GroupAccess groups;
    private final TenantTime time;
    private final GroupMeetingRepository meetings;
    private final RefGroupMemberRepository members;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final ImpartialityGate gate;

    GroupMeetingService(GroupAccess groups, TenantTime time, GroupMeetingRepository meetings,
            RefGroupMemberRepository members, PeopleDirectory people, AuditTrail audit, ImpartialityGate gate) {
        this.gate = gate;
        this.groups = groups;
        this.time = time;
        this.meetings = meetings;
        this.members = members;
        this.people = people;
        this.audit = audit;
    }

    /** Every meeting the user may read, newest first. */
    @Transactional(readOnly = true)
    public List<MeetingRow> meetings(long groupId) {
        return meetings(groupId, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the meetings the user may read, newest first: a former member's last day is in the query, and only
     * the page's attendees are named (a group may have hundreds of meetings and members).
     */
    @Transactional(readOnly = true)
    public List<MeetingRow> meetings(long groupId, long offset, int limit) {
        return meetings(gated(groups.visible(groupId)), offset, limit);
    }

    /** A page of the meetings of a group the caller has checked and the gate cleared (the group page). */
    List<MeetingRow> meetings(RefGroup group, long offset, int limit) {
        long groupId = group.id();
        List<GroupMeeting> page = meetings.findByGroupIdAndHeldOnLessThanEqualOrderByHeldOnDescIdDesc(groupId,
                until(group), OffsetLimit.of(offset, limit, Sort.unsorted()));
        Set<Long> attendees = page.stream().flatMap(m -> m.getAttendees().stream()).collect(Collectors.toSet());
        // one statement whatever the page holds (an id no user has when nobody attended): the page's cost stays flat
        Map<Long, String> names = people.names(attendees.isEmpty() ? Set.of(0L) : attendees);
        return page.stream().map(m -> row(m, names)).toList();
    }

    @Transactional(readOnly = true)
    public long countMeetings(long groupId) {
        return countMeetings(gated(groups.visible(groupId)));
    }

    long countMeetings(RefGroup group) {
        return meetings.countByGroupIdAndHeldOnLessThanEqual(group.id(), until(group));
    }

    /**
     * Why the user may not read the group's meetings, if so: a project's group keeps its agendas and minutes behind
     * the project's impartiality gate. For the group page, which shows the rest of the group all the same.
     */
    Optional<DeclarationRequiredException> refusal(RefGroup group) {
        Long projectId = group.getProjectId();
        return projectId == null ? Optional.empty() : gate.refusal(projectId);
    }

    /** The group, for the group page, which then asks the gate once for the meetings it shows. */
    RefGroup visible(long groupId) {
        return groups.visible(groupId);
    }

    /** The group, once the project's gate (for a project's group) let the user through. */
    private RefGroup gated(RefGroup group) {
        if (group.getProjectId() != null) {
            gate.requireCleared(group.getProjectId());
        }
        return group;
    }

    /** The last day the user reads meetings up to; the latest date the column holds when there is no limit. */
    private LocalDate until(RefGroup group) {
        LocalDate until = groups.readUntil(group);
        return until == null ? NO_LIMIT : until;
    }

    /** The user's active groups in the active buyer tenant, for the dashboard; empty for anyone else. */
    @Transactional(readOnly = true)
    public List<MyGroup> mine() {
        List<GroupAccess.Active> active = groups.activeMemberships();
        if (active.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> next = new HashMap<>();
        for (Object[] row : meetings.findNextMeetings(active.stream().map(m -> m.group().id()).toList(),
                time.today())) {
            next.put((Long) row[0], (LocalDate) row[1]);
        }
        return active.stream().map(m -> new MyGroup(m.group().id(), m.group().getName(), m.membership().getRole(),
                next.get(m.group().id()))).toList();
    }

    @Transactional
    public MeetingRow plan(long groupId, LocalDate heldOn, String title, String agenda) {
        RefGroup group = gated(groups.managed(groupId));
        String cleanTitle = Texts.clean(title, ReferenceGroupRules.NAME_MIN, ReferenceGroupRules.NAME_MAX,
                "group.meeting.error.title");
        GroupMeeting meeting = meetings.save(new GroupMeeting(groupId, heldOn, cleanTitle, text(agenda)));
        audit.recordIn(group.getTenantId(), "group.meeting-planned", "RefGroup", groupId,
                FieldChange.set("meeting", cleanTitle), FieldChange.set("heldOn", heldOn));
        return row(meeting, Map.of());
    }

    @Transactional
    public MeetingRow record(long meetingId, long expectedVersion, String minutes, Set<Long> attendees) {
        GroupMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        RefGroup group = gated(groups.managed(meeting.getGroupId()));
        meeting.requireVersion(expectedVersion);
        // minutes and attendance are of a meeting that has been held, not of one still to come
        if (meeting.getHeldOn().isAfter(time.today())) {
            throw new ValidationException("group.meeting.error.not-held", meeting.getHeldOn());
        }
        Set<Long> memberIds = members.findByGroupId(group.id()).stream().map(RefGroupMember::getUserId)
                .collect(Collectors.toSet());
        if (!memberIds.containsAll(attendees)) {
            throw new ValidationException("group.meeting.error.attendee");
        }
        String before = meeting.getMinutes();
        meeting.record(text(minutes), attendees);
        meetings.flush();
        audit.recordIn(group.getTenantId(), "group.minutes-recorded", "RefGroup", group.id(),
                FieldChange.set("meeting", meeting.getTitle()), FieldChange.of("minutes", before, meeting.getMinutes()),
                FieldChange.set("attendees", attendees.size()));
        return row(meeting, people.names(meeting.getAttendees()));
    }

    private static String text(String value) {
        return Texts.clean(value, 0, ReferenceGroupRules.MEETING_TEXT_MAX, "group.meeting.error.text");
    }

    private static MeetingRow row(GroupMeeting m, Map<Long, String> names) {
        List<Long> ids = m.getAttendees().stream().sorted().toList();
        return new MeetingRow(m.id(), m.getVersion(), m.getHeldOn(), m.getTitle(), m.getAgenda(), m.getMinutes(), ids,
                ids.stream().map(id -> names.getOrDefault(id, "–")).sorted().toList());
    }
}

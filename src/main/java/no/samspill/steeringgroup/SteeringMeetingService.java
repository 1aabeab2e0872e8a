package no.samspill.steeringgroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.OffsetLimit;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.time.TenantTime;
import no.samspill.steeringgroup.domain.AgendaItem;
import no.samspill.steeringgroup.domain.AgendaItemRepository;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.Decision;
import no.samspill.steeringgroup.domain.DecisionRepository;
import no.samspill.steeringgroup.domain.MeetingPackageRepository;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringMeeting;
import no.samspill.steeringgroup.domain.SteeringMeetingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A steering group's meetings: the secretary plans them, puts case papers on the agenda and records a decision per
 * paper. Approving the minutes locks the meeting's decisions; a later meeting can then only supersede one.
 */
@Service
public class SteeringMeetingService {

    private final SteeringAccess access;
    private final SteeringMeetingRepository meetings;
    private final CasePaperRepository papers;
    private final AgendaItemRepository agendaItems;
    private final DecisionRepository decisions;
    private final MeetingPackageRepository packages;
    private final CasePaperService paperService;
    private final AuditTrail audit;
    private final SteeringNews news;
    private final Clock clock;
    private final TenantTime time;
    private final AgendaOptions agendaOptions;

    SteeringMeetingService(SteeringAccess access, SteeringMeetingRepository meetings, CasePaperRepository papers,
            AgendaItemRepository agendaItems, DecisionRepository decisions, MeetingPackageRepository packages,
            CasePaperService paperService, AuditTrail audit, SteeringNews news, Clock clock, TenantTime time,
            AgendaOptions agendaOptions) {
        this.agendaOptions = agendaOptions;
        this.access = access;
        this.meetings = meetings;
        this.papers = papers;
        this.agendaItems = agendaItems;
        this.decisions = decisions;
        this.packages = packages;
        this.paperService = paperService;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
        this.time = time;
    }

    /** All the group's meetings, newest first; a list on a page reads them a page at a time (below). */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(long groupId) {
        return meetings(groupId, 0, Integer.MAX_VALUE);
    }

    /** A page of the group's meetings, newest first, paged in the query. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(long groupId, long offset, int limit) {
        return page(access.read(groupId).group().id(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long countMeetings(long groupId) {
        return meetings.countByGroupId(access.read(groupId).group().id());
    }

    /** The first page of the group's meetings and their number, for the group's page after a change. */
    @Transactional(readOnly = true)
    public MeetingPage firstMeetings(long groupId) {
        return firstPage(access.read(groupId).group().id());
    }

    /** The first page, counted only when it is full (the caller has checked access). */
    MeetingPage firstPage(long groupId) {
        List<MeetingSummary> first = page(groupId, 0, SteeringRules.MEETING_PAGE);
        return new MeetingPage(first, first.size() < SteeringRules.MEETING_PAGE ? first.size()
                : meetings.countByGroupId(groupId));
    }

    private List<MeetingSummary> page(long groupId, long offset, int limit) {
        return meetings.pageOfGroup(groupId, OffsetLimit.of(offset, limit, Sort.unsorted())).stream()
                .map(m -> new MeetingSummary(m.id(), m.startsAt(), m.place(), (int) m.papers(), m.minutesApproved(),
                        (int) m.packages())).toList();
    }

    @Transactional
    public MeetingDetails plan(long groupId, Instant startsAt, String place) {
        SteeringGroup group = access.manage(groupId).group();
        String cleanPlace = Texts.clean(place, SteeringRules.PLACE_MIN, SteeringRules.PLACE_MAX,
                "steering.meeting.error.place");
        SteeringMeeting meeting = meetings.save(new SteeringMeeting(groupId, startsAt, cleanPlace));
        audit.recordIn(group.getTenantId(), "steering.meeting-planned", "SteeringGroup", groupId,
                FieldChange.set("startsAt", startsAt), FieldChange.set("place", cleanPlace));
        return details(meeting.id());
    }

    @Transactional(readOnly = true)
    public MeetingDetails details(long meetingId) {
        SteeringMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.read(meeting.getGroupId());
        List<CasePaper> agenda = agenda(meetingId);
        List<Decision> made = decisions.findByMeetingId(meetingId);
        Set<Long> decided = made.stream().map(Decision::getPaperId).collect(Collectors.toSet());
        Map<Long, String> refs = paperService.references(agenda);
        Map<Long, DeclarationRequiredException> shut = paperService.shut(agenda);
        List<PaperSummary> items = agenda.stream().map(p -> PaperList.summary(p, reader,
                decided.contains(p.id()), p.getProjectId() == null ? null : refs.get(p.getProjectId()), shut))
                .toList();
        // a decision's paper is on the agenda; one that is not (taken off since) is read with the rest at once
        Map<Long, CasePaper> byId = new HashMap<>();
        agenda.forEach(p -> byId.put(p.id(), p));
        Set<Long> missing = decided.stream().filter(id -> !byId.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            papers.findAllById(missing).forEach(p -> byId.put(p.id(), p));
        }
        List<DecisionRow> rows = new ArrayList<>();
        for (Decision d : made) {
            Optional.ofNullable(byId.get(d.getPaperId())).filter(p -> !p.isExempt() || reader.readsExempt())
                    .filter(p -> p.getProjectId() == null || !shut.containsKey(p.getProjectId()))
                    .ifPresent(p -> rows.add(CasePaperService.row(d, p, meeting.isMinutesApproved())));
        }
        rows.sort(Comparator.comparing(DecisionRow::paperNumber));
        return new MeetingDetails(meeting.id(), meeting.getVersion(), reader.group().id(), reader.group().getName(),
                meeting.getStartsAt(), meeting.getPlace(), meeting.isMinutesApproved(), items, rows,
                packages.rows(meetingId), reader.manages(), shut.entrySet().stream()
                .map(e -> new MeetingDetails.Shut(refs.get(e.getKey()), e.getValue())).toList());
    }

    /** The meeting's papers in agenda order. */
    List<CasePaper> agenda(long meetingId) {
        return agendaItems.papersOf(meetingId);
    }

    /**
     * A page of the papers the meeting's agenda may take, newest first, matched by title or number: not on it yet,
     * and none the secretary may not see (exempt for an admin who is no member, or of a project whose impartiality
     * gate is shut for them). For who runs the group.
     */
    @Transactional(readOnly = true)
    public List<PaperSummary> agendaOptions(long meetingId, String text, long offset, int limit) {
        return agendaOptions.options(meetingId, text, offset, limit);
    }

    @Transactional(readOnly = true)
    public long countAgendaOptions(long meetingId, String text) {
        return agendaOptions.count(meetingId, text);
    }

    /** Puts a paper of the group last on the meeting's agenda; it may come back on a later one. */
    @Transactional
    public MeetingDetails placeOnAgenda(long meetingId, long paperId) {
        SteeringMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        SteeringGroup group = access.manage(meeting.getGroupId()).group();
        CasePaper paper = papers.findById(paperId).filter(p -> p.getGroupId() == group.id())
                .orElseThrow(NotFoundException::new);
        if (meeting.isMinutesApproved()) {
            throw new ValidationException("steering.meeting.error.minutes-approved");
        }
        if (agendaItems.existsByMeetingIdAndPaperId(meetingId, paperId)) {
            throw new ValidationException("steering.meeting.error.already-on-agenda", paper.number());
        }
        int position = agendaItems.findByMeetingIdOrderByPosition(meetingId).stream()
                .mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
        agendaItems.save(new AgendaItem(meetingId, paperId, position));
        audit.recordIn(group.getTenantId(), "steering.paper-on-agenda", "CasePaper", paperId,
                PaperAudit.changes(paper.isExempt(), FieldChange.set("number", paper.number()),
                        FieldChange.set("meeting", meeting.getStartsAt())));
        return details(meetingId);
    }

    /**
     * Records the decision on a paper on the agenda, or corrects the meeting's own decision while the minutes are
     * open ({@code expectedVersion} is the version the secretary corrected; null for a new decision). A paper
     * decided at an earlier meeting gets a new decision that supersedes the one of the latest earlier meeting.
     */
    @Transactional
    public MeetingDetails decide(long meetingId, long paperId, @Nullable Long expectedVersion, DecisionForm form) {
        // the meeting row is locked, so a decision cannot slip in after the minutes were approved
        SteeringMeeting meeting = meetings.lockById(meetingId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.manage(meeting.getGroupId());
        SteeringGroup group = reader.group();
        CasePaper paper = papers.findById(paperId).filter(p -> p.getGroupId() == group.id())
                .filter(p -> !p.isExempt() || reader.readsExempt()).orElseThrow(NotFoundException::new);
        if (!agendaItems.existsByMeetingIdAndPaperId(meetingId, paperId)) {
            throw new ValidationException("steering.decision.error.not-on-agenda", paper.number());
        }
        if (meeting.isMinutesApproved()) {
            throw new ValidationException("steering.decision.error.locked");
        }
        requireDecidedWhileHeld(meeting, form.decidedOn());
        String conclusion = Texts.clean(form.conclusion(), 1, SteeringRules.TEXT_MAX,
                "steering.decision.error.conclusion");
        List<Decision> earlier = decisions.findByPaperIdOrderByDecidedOnAscIdAsc(paperId);
        Optional<Decision> here = earlier.stream().filter(d -> d.getMeetingId() == meetingId).findFirst();
        if (here.isPresent() ? expectedVersion == null || here.get().getVersion() != expectedVersion
                : expectedVersion != null) {
            throw new ConcurrentEditException();
        }
        String reason = Texts.clean(form.reason(), 0, SteeringRules.TEXT_MAX, "steering.decision.error.reason");
        // a rejection is written back to whoever proposed it: without the why it helps nobody
        if (form.outcome() == DecisionOutcome.REJECTED && reason.isEmpty()) {
            throw new ValidationException("steering.decision.error.reason-required");
        }
        Decision decision = here.orElseGet(() -> new Decision(paperId, meetingId, lastBefore(earlier, meeting)));
        decision.record(form.kind() == null ? paper.getDecisionKind() : form.kind(), conclusion, form.decidedOn(),
                Texts.clean(form.present(), 0, SteeringRules.MINUTES_MAX, "steering.decision.error.present"),
                Texts.clean(form.dissent(), 0, SteeringRules.MINUTES_MAX, "steering.decision.error.dissent"),
                access.current().actorName(), clock.instant());
        decision.settle(form.outcome(), reason);
        decisions.saveAndFlush(decision);
        audit.recordIn(group.getTenantId(), here.isPresent() ? "steering.decision-corrected" : "steering.decided",
                "CasePaper", paperId, PaperAudit.changes(paper.isExempt(), FieldChange.set("number", paper.number()),
                        FieldChange.set("conclusion", conclusion), FieldChange.set("kind", decision.getKind()),
                        FieldChange.set("outcome", decision.getOutcome())));
        news.decided(group, meeting, paper);
        news.settled(group, paper, decision);
        return details(meetingId);
    }

    /**
     * A decision is made at its meeting or later (a decision of 2020 at a meeting of 2026 opened the project's gate
     * before), and not on a day still to come; both in the tenant's zone, where the dates are typed.
     */
    private void requireDecidedWhileHeld(SteeringMeeting meeting, LocalDate decidedOn) {
        LocalDate held = meeting.getStartsAt().atZone(time.zone()).toLocalDate();
        if (decidedOn.isBefore(held)) {
            throw new ValidationException("steering.decision.error.date-before-meeting", held);
        }
        LocalDate today = time.today();
        if (decidedOn.isAfter(today)) {
            throw new ValidationException("steering.decision.error.date-in-future", today);
        }
    }

    /** The decision of the latest earlier meeting, by when the meetings were held (not by typed dates). */
    private @Nullable Long lastBefore(List<Decision> earlier, SteeringMeeting meeting) {
        return earlier.stream().filter(d -> d.getMeetingId() != meeting.id())
                .map(d -> Map.entry(d, meetings.findById(d.getMeetingId()).map(SteeringMeeting::getStartsAt)
                        .orElse(Instant.MIN)))
                .filter(e -> e.getValue().isBefore(meeting.getStartsAt()))
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey().id()).orElse(null);
    }

    @Transactional
    public MeetingDetails approveMinutes(long meetingId, long expectedVersion) {
        SteeringMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        SteeringGroup group = access.manage(meeting.getGroupId()).group();
        meeting.requireVersion(expectedVersion);
        if (meeting.isMinutesApproved()) {
            throw new ValidationException("steering.meeting.error.minutes-approved");
        }
        // minutes are of a meeting that has been held
        if (meeting.getStartsAt().atZone(time.zone()).toLocalDate().isAfter(time.today())) {
            throw new ValidationException("steering.meeting.error.not-held");
        }
        meeting.approveMinutes();
        meetings.flush();
        audit.recordIn(group.getTenantId(), "steering.minutes-approved", "SteeringGroup", group.id(),
                FieldChange.set("meeting", meeting.getStartsAt()),
                FieldChange.set("decisions", decisions.findByMeetingId(meetingId).size()));
        return details(meetingId);
    }
}

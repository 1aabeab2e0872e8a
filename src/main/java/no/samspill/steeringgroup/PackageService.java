package no.samspill.steeringgroup;

import java.time.Clock;
import java.util.List;
import no.samspill.platform.Sha256;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.Roles;
import no.samspill.platform.time.TenantTime;
import no.samspill.reporting.ArchivalOptions;
import no.samspill.reporting.ReportEngine;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.MeetingPackage;
import no.samspill.steeringgroup.domain.MeetingPackageRepository;
import no.samspill.steeringgroup.domain.PackageMeta;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMeeting;
import no.samspill.steeringgroup.domain.SteeringMeetingRepository;
import no.samspill.tenancy.TenantService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting package: one PDF/A made with Jasper (reports/steeringgroup/package), archived immutable with its
 * time, author, SHA-256 and a version number. Regenerating makes a new version; earlier ones stay downloadable.
 * A package that holds an exempt paper is for the group's members only.
 */
@Service
public class PackageService {

    private final SteeringAccess access;
    private final SteeringMeetingRepository meetings;
    private final SteeringGroupRepository groups;
    private final SteeringMeetingService meetingService;
    private final CasePaperService paperService;
    private final MeetingPackageRepository packages;
    private final PackageContent content;
    private final ProjectStatusReader statusReader;
    private final PlanStatusReader planReader;
    private final ReportEngine reports;
    private final TenantService tenants;
    private final AuditTrail audit;
    private final SteeringNews news;
    private final Clock clock;
    private final TenantTime time;
    private final List<BoardPackageSection> boardSections;

    PackageService(SteeringAccess access, SteeringMeetingRepository meetings,
            SteeringGroupRepository groups, SteeringMeetingService meetingService,
            CasePaperService paperService, MeetingPackageRepository packages, PackageContent content,
            ProjectStatusReader statusReader, PlanStatusReader planReader,
            ReportEngine reports, TenantService tenants, AuditTrail audit, SteeringNews news, Clock clock,
            TenantTime time, List<BoardPackageSection> boardSections) {
        this.boardSections = List.copyOf(boardSections);
        this.access = access;
        this.meetings = meetings;
        this.groups = groups;
        this.meetingService = meetingService;
        this.paperService = paperService;
        this.packages = packages;
        this.content = content;
        this.statusReader = statusReader;
        this.planReader = planReader;
        this.reports = reports;
        this.tenants = tenants;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
        this.time = time;
    }

    /** Generates and archives the next version of the meeting's package, in the given language. */
    @Transactional
    public PackageRow generate(long meetingId, Translator t) {
        // the meeting row is locked, so two secretaries generating at once get versions n and n+1
        SteeringMeeting meeting = meetings.lockById(meetingId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.manage(meeting.getGroupId());
        if (!reader.readsExempt() && agendaHasExempt(meetingId)) {
            // an admin who is no member may not put exempt papers into a package they could then read
            throw new ForbiddenException();
        }
        List<CasePaper> agenda = meetingService.agenda(meetingId);
        if (agenda.isEmpty()) {
            throw new ValidationException("steering.package.error.empty-agenda");
        }
        requireCleared(agenda);
        List<PaperView> papers = agenda.stream().map(p -> paperService.view(p.id())).toList();
        // what changed is counted from the group's previous meeting
        java.time.Instant since = meetings.findFirstByGroupIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(
                meeting.getGroupId(), meeting.getStartsAt()).map(SteeringMeeting::getStartsAt).orElse(null);
        List<StatusPage> status = new java.util.ArrayList<>(agenda.stream().map(CasePaper::getProjectId)
                .filter(java.util.Objects::nonNull).distinct().map(id -> StatusPage.of(statusReader.read(id, since)))
                .toList());
        reader.group().getPlans().stream().sorted().forEach(id -> status.add(planReader.read(id, since)));
        String tenantName = tenants.activeTenant().name();
        // one instant for the PDF's "generated" line and the archive row, both from the application clock
        java.time.Instant generatedAt = clock.instant();
        int number = packages.maxNumber(meetingId) + 1;
        // a portfolio board's package also reports on its portfolio (ADR 030)
        List<BoardPackageSection.Part> board = reader.group().getKind() != GroupKind.PORTFOLIO_BOARD ? List.of()
                : boardSections.stream().flatMap(s -> s.parts(reader.group().id(), t, time.zone()).stream())
                        .toList();
        PackageContent.Document doc = content.build(reader.group().getName(), tenantName, meeting, papers, status,
                board, time.zone(), t, generatedAt, number);
        byte[] pdf = reports.archivalPdf("steeringgroup/package", doc.parameters(), doc.rows(),
                new ArchivalOptions(doc.title(), tenantName, t.locale().getLanguage()));
        MeetingPackage archived = packages.save(new MeetingPackage(meetingId, number, generatedAt,
                access.current().actorName(), Sha256.hex(pdf), agendaHasExempt(meetingId), pdf));
        audit.recordIn(reader.group().getTenantId(), "steering.package-generated", "SteeringGroup",
                reader.group().id(), FieldChange.set("meeting", meeting.getStartsAt()),
                FieldChange.set("version", number), FieldChange.set("sha256", archived.getSha256()));
        news.packageGenerated(reader.group(), meeting, number);
        return packages.rows(meetingId).getFirst();
    }

    @Transactional(readOnly = true)
    public List<PackageRow> packages(long meetingId) {
        SteeringMeeting meeting = meetings.findById(meetingId).orElseThrow(NotFoundException::new);
        access.read(meeting.getGroupId());
        return packages.rows(meetingId);
    }

    /**
     * Packages waiting for the user: the latest version for each coming meeting (or one held in the last week) of
     * the steering groups they are an active member of in the active tenant. Empty for anyone else.
     */
    @Transactional(readOnly = true)
    public List<NewPackage> newForMe() {
        var me = access.current();
        Long userId = me.userId();
        if (userId == null || !me.hasAnyRole(Roles.STAFF)) {
            return List.of();
        }
        java.time.Instant since = clock.instant().minus(java.time.Duration.ofDays(7));
        // one query for all the user's groups, not one per group and meeting
        return packages.latestFor(me.tenantId(), userId, since);
    }

    /** The archived bytes, exactly as generated. */
    @Transactional(readOnly = true)
    public byte[] download(long packageId) {
        PackageMeta p = packages.meta(packageId).orElseThrow(NotFoundException::new);
        SteeringMeeting meeting = meetings.findById(p.meetingId()).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.read(meeting.getGroupId());
        // exempt when it was made, or since: a paper made exempt after the package keeps its pages in it, and the
        // agenda (from which nothing is taken off) holds every paper the package held
        if (!reader.readsExempt() && (p.containsExempt() || agendaHasExempt(p.meetingId()))) {
            throw new NotFoundException();
        }
        requireCleared(meetingService.agenda(p.meetingId()));
        return packages.content(packageId);
    }

    /**
     * A package is one archived PDF across the agenda's projects; it cannot be cut per reader. So whoever is not
     * cleared by the impartiality gate of one of its projects neither makes nor reads it (ADR 028); the agenda, from
     * which nothing is taken off, names every project the package holds.
     */
    private void requireCleared(List<CasePaper> agenda) {
        paperService.shut(agenda).values().stream().findFirst().ifPresent(e -> {
            throw e;
        });
    }

    private boolean agendaHasExempt(long meetingId) {
        return meetingService.agenda(meetingId).stream().anyMatch(CasePaper::isExempt);
    }

}

package no.samspill.steeringgroup;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.procurement.ProjectOption;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.steeringgroup.domain.AttachmentMeta;
import no.samspill.steeringgroup.domain.CasePaper;
import no.samspill.steeringgroup.domain.CasePaperRepository;
import no.samspill.steeringgroup.domain.Decision;
import no.samspill.steeringgroup.domain.DecisionRepository;
import no.samspill.steeringgroup.domain.PaperAttachment;
import no.samspill.steeringgroup.domain.PaperAttachmentRepository;
import no.samspill.steeringgroup.domain.PaperRow;
import no.samspill.steeringgroup.domain.SteeringGroup;
import no.samspill.steeringgroup.domain.SteeringGroupRepository;
import no.samspill.steeringgroup.domain.SteeringMeetingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case papers of a steering group (seed 003's saksframlegg). The group's managers write them; each gets the next
 * number of its group and year (NN/YY). A paper exempt from public disclosure must name its legal basis, and only
 * members of the group read it.
 */
@Service
public class CasePaperService {


    private final SteeringAccess access;
    private final CasePaperRepository papers;
    private final SteeringGroupRepository groups;
    private final SteeringMeetingRepository meetings;
    private final DecisionRepository decisions;
    private final ProjectService projects;
    private final ProjectStatusReader statusReader;
    private final PaperAttachmentRepository attachments;
    private final UploadRules uploads;
    private final AuditTrail audit;
    private final Clock clock;
    private final ImpartialityGate gate;
    private final PaperList list;

    CasePaperService(SteeringAccess access, CasePaperRepository papers, SteeringGroupRepository groups,
            SteeringMeetingRepository meetings, DecisionRepository decisions, ProjectService projects,
            ProjectStatusReader statusReader, PaperAttachmentRepository attachments, UploadRules uploads,
            AuditTrail audit, Clock clock, ImpartialityGate gate, PaperList list) {
        this.gate = gate;
        this.list = list;
        this.access = access;
        this.papers = papers;
        this.groups = groups;
        this.meetings = meetings;
        this.decisions = decisions;
        this.projects = projects;
        this.statusReader = statusReader;
        this.attachments = attachments;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
    }

    /** All the group's papers, newest first; a list on a page reads them a page at a time (below). */
    @Transactional(readOnly = true)
    public List<PaperSummary> papers(long groupId) {
        return papers(groupId, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of the group's papers, newest first, paged in the query. The group's admins and members see them all;
     * one exempt from public disclosure shows only its number to an admin who is no member (see PaperSummary).
     */
    @Transactional(readOnly = true)
    public List<PaperSummary> papers(long groupId, long offset, int limit) {
        SteeringAccess.Reader reader = access.read(groupId);
        List<PaperRow> rows = list.rows(reader, offset, limit);
        return list.summaries(reader, rows, projects.refs(PaperList.projectIds(rows)));
    }

    @Transactional(readOnly = true)
    public long countPapers(long groupId) {
        return papers.countByGroupId(access.read(groupId).group().id());
    }

    /** The first page of the group's papers and their number, for the group's page after a change. */
    @Transactional(readOnly = true)
    public PaperPage firstPage(long groupId) {
        SteeringAccess.Reader reader = access.read(groupId);
        List<PaperRow> rows = list.rows(reader, 0, SteeringRules.PAPER_PAGE);
        return list.firstPage(reader, rows, projects.refs(PaperList.projectIds(rows)));
    }

    /**
     * The papers' projects whose impartiality gate is shut for the reader, with the refusal: each project asked once.
     * A steering group oversees several projects, so a list or an agenda leaves out only what this person may not see.
     */
    Map<Long, DeclarationRequiredException> shut(List<CasePaper> list) {
        return gate.refusals(list.stream().map(CasePaper::getProjectId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The references of the papers' projects, by project id, in one query (a project gone from view has none). */
    Map<Long, String> references(List<CasePaper> list) {
        List<Long> ids = list.stream().map(CasePaper::getProjectId).filter(java.util.Objects::nonNull).distinct()
                .toList();
        return projects.refs(ids).values().stream().collect(Collectors.toMap(ProjectOption::id,
                ProjectOption::reference));
    }

    @Transactional
    public PaperView create(long groupId, PaperForm form) {
        // the group row is locked before anything is read, so two papers written at once get 7/26 and 8/26
        groups.lockById(groupId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.manage(groupId);
        SteeringGroup group = reader.group();
        PaperForm clean = valid(form);
        requireExemptReader(clean, reader);
        int year = clean.date().getYear();
        CasePaper paper = new CasePaper(groupId, year, papers.maxSeq(groupId, year) + 1, clock.instant());
        paper.apply(clean);
        papers.save(paper);
        audit.recordIn(group.getTenantId(), "steering.paper-created", "CasePaper", paper.id(),
                PaperAudit.changes(clean.exempt(), FieldChange.set("number", paper.number()),
                        FieldChange.set("title", clean.title()), FieldChange.set("exempt", clean.exempt())));
        return view(paper.id());
    }

    @Transactional
    public PaperView update(long paperId, long expectedVersion, PaperForm form) {
        CasePaper paper = papers.findById(paperId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.manage(paper.getGroupId());
        SteeringGroup group = reader.group();
        if (paper.isExempt() && !reader.readsExempt()) {
            throw new NotFoundException();
        }
        gated(paper);
        paper.requireVersion(expectedVersion);
        // a decided paper is the record the decision was made on (and, for a project, what opened its gate)
        if (!decisions.findByPaperIdOrderByDecidedOnAscIdAsc(paperId).isEmpty()) {
            throw new ValidationException("steering.paper.error.decided", paper.number());
        }
        PaperForm clean = valid(form);
        requireExemptReader(clean, reader);
        if (clean.date().getYear() != paper.getYear()) {
            throw new ValidationException("steering.paper.error.year", paper.getYear());
        }
        PaperForm before = paper.form();
        paper.apply(clean);
        papers.flush();
        // a paper that is or was exempt: its old values were withheld, and its new ones may be
        audit.recordIn(group.getTenantId(), "steering.paper-changed", "CasePaper", paperId,
                PaperAudit.changes(before.exempt() || clean.exempt(),
                        FieldChange.of("title", before.title(), clean.title()),
                        FieldChange.of("exempt", before.exempt(), clean.exempt()),
                        FieldChange.of("proposal", String.join(" / ", before.proposal()),
                                String.join(" / ", clean.proposal()))));
        return view(paperId);
    }

    @Transactional(readOnly = true)
    public PaperView view(long paperId) {
        CasePaper paper = papers.findById(paperId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.read(paper.getGroupId());
        if (paper.isExempt() && !reader.readsExempt()) {
            throw new NotFoundException();
        }
        gated(paper);
        @Nullable ProjectSummary project = paper.getProjectId() == null ? null : projects.get(paper.getProjectId());
        List<Decision> made = decisions.findByPaperIdOrderByDecidedOnAscIdAsc(paperId);
        Map<Long, Boolean> locked = lockedMeetings(made);
        List<DecisionRow> rows = made.stream()
                .map(d -> row(d, paper, locked.getOrDefault(d.getMeetingId(), false))).toList();
        return new PaperView(paper.id(), paper.getVersion(), paper.number(), reader.group().id(),
                reader.group().getName(), paper.form(), project == null ? null : project.reference(),
                project == null ? null : project.title(), rows, attachments.rows(paperId), reader.manages());
    }

    /** The live status of the paper's project (phase and figures), or empty when the paper has no project. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProjectStatus> projectStatus(long paperId) {
        view(paperId);
        CasePaper paper = papers.findById(paperId).orElseThrow(NotFoundException::new);
        return java.util.Optional.ofNullable(paper.getProjectId()).map(id -> statusReader.read(id, null));
    }

    /** The upload limit, for the upload component's own early check. */
    public long maxUploadBytes() {
        return uploads.maxBytes();
    }

    /** Attaches a file to the paper; the upload rules (type, size, name) are the portal's own. */
    @Transactional
    public List<AttachmentRow> attach(long paperId, String fileName, byte[] content) {
        CasePaper paper = papers.findById(paperId).orElseThrow(NotFoundException::new);
        SteeringAccess.Reader reader = access.manage(paper.getGroupId());
        if (paper.isExempt() && !reader.readsExempt()) {
            throw new NotFoundException();
        }
        gated(paper);
        if (!decisions.findByPaperIdOrderByDecidedOnAscIdAsc(paperId).isEmpty()) {
            throw new ValidationException("steering.paper.error.decided", paper.number());
        }
        SteeringGroup group = reader.group();
        String type = uploads.check(fileName, content);
        attachments.save(new PaperAttachment(paperId, fileName.strip(), type, content, clock.instant(),
                access.current().actorName()));
        audit.recordIn(group.getTenantId(), "steering.paper-attachment", "CasePaper", paperId,
                PaperAudit.changes(paper.isExempt(), FieldChange.set("file", fileName.strip()),
                        FieldChange.set("bytes", content.length)));
        return attachments.rows(paperId);
    }

    /** The paper's attachments, for whoever may read the paper. */
    @Transactional(readOnly = true)
    public List<AttachmentRow> attachments(long paperId) {
        view(paperId);
        return attachments.rows(paperId);
    }

    @Transactional(readOnly = true)
    public AttachmentFile attachment(long attachmentId) {
        AttachmentMeta a = attachments.meta(attachmentId).orElseThrow(NotFoundException::new);
        view(a.paperId());
        return new AttachmentFile(a.fileName(), a.contentType(), attachments.content(attachmentId));
    }

    /** A project's case paper is the project's confidential material: its impartiality gate is asked. */
    private void gated(CasePaper paper) {
        if (paper.getProjectId() != null) {
            gate.requireCleared(paper.getProjectId());
        }
    }

    static DecisionRow row(Decision d, CasePaper paper, boolean locked) {
        return new DecisionRow(d.id(), d.getVersion(), paper.id(), paper.number(), paper.getTitle(), d.getMeetingId(),
                d.getKind(), d.getConclusion(), d.getDecidedOn(), d.getPresent(), d.getDissent(), d.getSupersedesId(),
                locked, d.getOutcome(), d.getReason());
    }

    private Map<Long, Boolean> lockedMeetings(List<Decision> list) {
        java.util.Set<Long> ids = list.stream().map(Decision::getMeetingId).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : meetings.findAllById(ids).stream()
                .collect(Collectors.toMap(m -> m.id(), m -> m.isMinutesApproved()));
    }

    /** An exempt paper is for members only: an admin who is no member cannot write one they could not read. */
    private static void requireExemptReader(PaperForm form, SteeringAccess.Reader reader) {
        if (form.exempt() && !reader.readsExempt()) {
            throw new ValidationException("steering.paper.error.exempt-member");
        }
    }

    private PaperForm valid(PaperForm f) {
        String title = Texts.clean(f.title(), SteeringRules.PAPER_TITLE_MIN, SteeringRules.PAPER_TITLE_MAX,
                "steering.paper.error.title");
        String basis = Texts.clean(f.legalBasis(), 0, SteeringRules.LEGAL_BASIS_MAX,
                "steering.paper.error.legal-basis-long");
        if (f.exempt() && basis.isEmpty()) {
            throw new ValidationException("steering.paper.error.legal-basis");
        }
        List<String> points = f.proposal().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Texts.clean(s, 1, SteeringRules.POINT_MAX, "steering.paper.error.point")).toList();
        if (f.projectId() != null) {
            projects.get(f.projectId());
        }
        return new PaperForm(line(f.addressedTo()), line(f.from()), f.date(), f.exempt(), f.exempt() ? basis : "",
                title, text(f.summary()), text(f.background()), text(f.considerations()), text(f.process()),
                text(f.assessment()), text(f.budget()), text(f.reputation()), text(f.checkpoints()), points,
                f.projectId(), f.decisionKind());
    }

    private static String line(String value) {
        return Texts.clean(value, 0, SteeringRules.LINE_MAX, "steering.paper.error.line");
    }

    private static String text(String value) {
        return Texts.clean(value, 0, SteeringRules.TEXT_MAX, "steering.paper.error.text");
    }
}

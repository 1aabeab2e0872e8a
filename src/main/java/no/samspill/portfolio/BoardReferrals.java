package no.samspill.portfolio;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.domain.BoardReferral;
import no.samspill.portfolio.domain.BoardReferralRepository;
import no.samspill.portfolio.domain.Initiative;
import no.samspill.portfolio.domain.InitiativeRepository;
import no.samspill.portfolio.domain.TargetGoalRepository;
import no.samspill.portfolio.domain.TargetVersion;
import no.samspill.portfolio.domain.TargetVersionRepository;
import no.samspill.steeringgroup.BoardPapers;
import no.samspill.steeringgroup.MeetingSummary;
import no.samspill.steeringgroup.PaperForm;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Send to the board": a proposal, or a draft of the target picture, becomes a case paper on the board's next
 * meeting (written through the steering group module, laid out as seed 003's saksframlegg). The board's decision on
 * that paper comes back through {@link BoardDecisions}. One open paper per subject at a time.
 */
@Service
public class BoardReferrals {

    private final PortfolioAccess access;
    private final InitiativeRepository initiatives;
    private final TargetVersionRepository versions;
    private final TargetGoalRepository goals;
    private final BoardReferralRepository referrals;
    private final BoardPapers board;
    private final ReferralPapers papers;
    private final AuditTrail audit;
    private final Clock clock;

    BoardReferrals(PortfolioAccess access, InitiativeRepository initiatives, TargetVersionRepository versions,
            TargetGoalRepository goals, BoardReferralRepository referrals, BoardPapers board, ReferralPapers papers,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.initiatives = initiatives;
        this.versions = versions;
        this.goals = goals;
        this.referrals = referrals;
        this.board = board;
        this.papers = papers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The board's next meeting, where a paper sent now would go; empty when none is planned. For the board's office:
     * the group's meetings are its own tenant's, which an invited tenant does not read.
     */
    @Transactional(readOnly = true)
    public Optional<MeetingSummary> nextMeeting(long portfolioId) {
        return board.nextMeeting(access.manage(portfolioId).portfolio().getBoardId());
    }

    /** Sends a scored proposal, at the version the office read, in the office's language. */
    @Transactional
    public ReferralRow sendProposal(long initiativeId, long expectedVersion, Translator t) {
        Initiative i = initiatives.findById(initiativeId).orElseThrow(NotFoundException::new);
        PortfolioAccess.Standing standing = access.manage(i.getPortfolioId());
        IntakeService.requireProposal(i);
        i.requireVersion(expectedVersion);
        requireNoneOpen(ReferralSubject.INITIATIVE, initiativeId);
        PaperForm form = papers.proposal(standing.portfolio(), i, t);
        return sent(standing, ReferralSubject.INITIATIVE, initiativeId, i.getName(), form);
    }

    /** Sends a draft of the target picture for the board to adopt by a decision. */
    @Transactional
    public ReferralRow sendTarget(long versionId, long expectedVersion, Translator t) {
        TargetVersion v = versions.findById(versionId).orElseThrow(NotFoundException::new);
        PortfolioAccess.Standing standing = access.manage(v.getPortfolioId());
        v.requireVersion(expectedVersion);
        if (v.getState() != TargetState.DRAFT) {
            throw new ValidationException("portfolio.error.not-draft");
        }
        if (goals.countByVersionId(versionId) == 0) {
            throw new ValidationException("portfolio.error.empty-target");
        }
        requireNoneOpen(ReferralSubject.TARGET, versionId);
        PaperForm form = papers.target(standing.portfolio(), v, t);
        return sent(standing, ReferralSubject.TARGET, versionId, v.getTitle(), form);
    }

    /** What was sent about one subject, newest first, with the board's outcome where it has decided. */
    @Transactional(readOnly = true)
    public List<ReferralRow> history(long portfolioId, ReferralSubject subject) {
        access.read(portfolioId);
        return rows(portfolioId, subject);
    }

    /** The tab's board section in one read: one access check, the next meeting only for the board's office. */
    @Transactional(readOnly = true)
    public BoardView board(long portfolioId) {
        PortfolioAccess.Standing standing = access.read(portfolioId);
        Optional<MeetingSummary> next = standing.manages()
                ? board.nextMeeting(standing.portfolio().getBoardId()) : Optional.empty();
        TargetVersionRow draft = versions.findByPortfolioIdOrderByNumberDesc(portfolioId).stream()
                .filter(v -> v.getState() == TargetState.DRAFT).findFirst().map(TargetPictureService::row)
                .orElse(null);
        List<ReferralRow> sent = new java.util.ArrayList<>(rows(portfolioId, ReferralSubject.INITIATIVE));
        sent.addAll(rows(portfolioId, ReferralSubject.TARGET));
        return new BoardView(next, draft, sent, standing.manages());
    }

    private List<ReferralRow> rows(long portfolioId, ReferralSubject subject) {
        List<BoardReferral> list = referrals.findByPortfolioIdAndSubjectOrderBySentAtDesc(portfolioId, subject);
        if (list.isEmpty()) {
            return List.of();
        }
        // the subjects' names in one query, not one per row
        List<Long> ids = list.stream().map(BoardReferral::getSubjectId).distinct().toList();
        java.util.Map<Long, String> names = subject == ReferralSubject.TARGET
                ? versions.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(TargetVersion::id,
                        TargetVersion::getTitle))
                : initiatives.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Initiative::id,
                        Initiative::getName));
        return list.stream().map(r -> row(r, names.getOrDefault(r.getSubjectId(), "–"))).toList();
    }

    private ReferralRow sent(PortfolioAccess.Standing standing, ReferralSubject subject, long subjectId, String name,
            PaperForm form) {
        BoardPapers.Placed placed = board.draftForNextMeeting(standing.portfolio().getBoardId(), form);
        BoardReferral r = referrals.saveAndFlush(new BoardReferral(standing.portfolio().id(), subject, subjectId,
                placed.paperId(), placed.number(), clock.instant(), access.current().actorName()));
        audit.recordIn(standing.portfolio().getTenantId(), "portfolio.sent-to-board",
                subject == ReferralSubject.TARGET ? "TargetVersion" : "Initiative", subjectId,
                FieldChange.set("name", name), FieldChange.set("paper", placed.number()),
                FieldChange.set("meeting", placed.meetingStartsAt()));
        return row(r, name);
    }

    private void requireNoneOpen(ReferralSubject subject, long subjectId) {
        referrals.findBySubjectAndSubjectIdOrderBySentAtDesc(subject, subjectId).stream()
                .filter(BoardReferral::open).findFirst().ifPresent(r -> {
                    throw new ValidationException("portfolio.intake.error.already-sent", r.getPaperNumber());
                });
    }

    static ReferralRow row(BoardReferral r, String name) {
        return new ReferralRow(r.id(), r.getSubject(), r.getSubjectId(), name, r.getPaperId(), r.getPaperNumber(),
                r.getOutcome(), r.getReason());
    }
}

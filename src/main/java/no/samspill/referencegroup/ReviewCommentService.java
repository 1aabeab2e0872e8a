package no.samspill.referencegroup;

import java.time.Clock;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.ReviewComment;
import no.samspill.referencegroup.domain.ReviewCommentRepository;
import no.samspill.referencegroup.domain.ReviewSection;
import no.samspill.referencegroup.domain.ReviewSectionRepository;
import no.samspill.referencegroup.domain.ReviewVersion;
import no.samspill.referencegroup.domain.ReviewVersionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a document under review. Active members comment on a section of the current version while the window
 * is open, personally or as their health trust's position; members and the lead reply in threads; the lead gives
 * each thread a disposition, with a reason when the comment is rejected in whole or in part.
 */
@Service
public class ReviewCommentService {


    private final ReviewAccess access;
    private final ReviewCommentRepository comments;
    private final ReviewSectionRepository sections;
    private final ReviewVersionRepository versions;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ReviewNews news;
    private final Clock clock;

    ReviewCommentService(ReviewAccess access, ReviewCommentRepository comments, ReviewSectionRepository sections,
            ReviewVersionRepository versions, AccessPolicy policy, AuditTrail audit, ReviewNews news, Clock clock) {
        this.access = access;
        this.comments = comments;
        this.sections = sections;
        this.versions = versions;
        this.policy = policy;
        this.audit = audit;
        this.news = news;
        this.clock = clock;
    }

    @Transactional
    public CommentRow comment(long documentId, long sectionId, String body, boolean onBehalfOfUnit) {
        ReviewAccess.Reader reader = access.read(documentId);
        RefGroupMember member = reader.membership().orElseThrow(() -> new ValidationException(
                reader.lead() ? "review.error.lead-comments" : "review.error.not-member"));
        access.requireOpen(reader.document());
        ReviewSection section = currentSection(reader, sectionId);
        String text = text(body);
        @Nullable String unit = access.unitName(member.getUnitId());
        if (onBehalfOfUnit && unit == null) {
            throw new ValidationException("review.error.no-unit");
        }
        ReviewComment comment = comments.save(new ReviewComment(documentId, sectionId, null, reader.userId(),
                policy.current().actorName(), unit, onBehalfOfUnit, text, clock.instant()));
        audit.recordIn(reader.group().getTenantId(), "review.commented", "ReviewDocument", documentId,
                FieldChange.set("section", section.getNumber()), FieldChange.set("onBehalfOfUnit", onBehalfOfUnit));
        return ReviewDocumentService.row(comment, section, reader.document().getCurrentNumber(), reader.userId(),
                false);
    }

    @Transactional
    public CommentRow reply(long parentId, String body) {
        ReviewComment parent = comments.findById(parentId).orElseThrow(NotFoundException::new);
        ReviewAccess.Reader reader = access.read(parent.getDocumentId());
        if (reader.membership().isEmpty() && !reader.lead()) {
            throw new ValidationException("review.error.not-member");
        }
        if (parent.getParentId() != null) {
            throw new ValidationException("review.error.reply-to-reply");
        }
        access.requireOpen(reader.document());
        ReviewSection section = currentSection(reader, parent.getSectionId());
        String text = text(body);
        @Nullable String unit = reader.membership().map(m -> access.unitName(m.getUnitId())).orElse(null);
        ReviewComment reply = comments.save(new ReviewComment(parent.getDocumentId(), parent.getSectionId(),
                parentId, reader.userId(), policy.current().actorName(), unit, false, text, clock.instant()));
        audit.recordIn(reader.group().getTenantId(), "review.replied", "ReviewDocument", parent.getDocumentId(),
                FieldChange.set("section", section.getNumber()));
        news.replied(reader.group(), reader.document(), parent, reply);
        return ReviewDocumentService.row(reply, section, reader.document().getCurrentNumber(), reader.userId(),
                false);
    }

    /**
     * The lead's disposition of a thread. It may come after the window has closed (that is when leads usually work
     * through the comments). A disposition someone else saved since the lead opened the comment is not overwritten.
     */
    @Transactional
    public CommentRow dispose(long commentId, long expectedVersion, Disposition disposition, String reason) {
        ReviewComment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
        ReviewAccess.Reader reader = access.read(comment.getDocumentId());
        if (!reader.lead()) {
            throw new ForbiddenException();
        }
        if (comment.getParentId() != null) {
            throw new ValidationException("review.error.dispose-reply");
        }
        if (comment.getVersion() != expectedVersion) {
            String disposedBy = comment.getDisposedBy();
            throw comment.getDisposition() == null || disposedBy == null ? new ConcurrentEditException()
                    : new ConcurrentEditException("review.error.stale-disposition", disposedBy);
        }
        String cleanReason = Texts.clean(reason, disposition.needsReason() ? 1 : 0, ReferenceGroupRules.COMMENT_MAX,
                disposition.needsReason() ? "review.error.reason" : "review.error.reason-long");
        @Nullable Disposition before = comment.getDisposition();
        comment.dispose(disposition, cleanReason, policy.current().actorName(), clock.instant());
        comments.flush();
        ReviewSection section = sections.findById(comment.getSectionId()).orElseThrow();
        ReviewVersion version = versions.findById(section.getVersionId()).orElseThrow();
        audit.recordIn(reader.group().getTenantId(), "review.disposed", "ReviewDocument", comment.getDocumentId(),
                FieldChange.set("section", section.getNumber()), FieldChange.of("disposition", before, disposition),
                FieldChange.set("reason", cleanReason));
        news.disposed(reader.group(), reader.document(), comment);
        return ReviewDocumentService.row(comment, section, version.getNumber(), reader.userId(),
                version.getNumber() != reader.document().getCurrentNumber());
    }

    /** A section of the version now under review: comments on older versions would land on text that is gone. */
    private ReviewSection currentSection(ReviewAccess.Reader reader, long sectionId) {
        ReviewSection section = sections.findById(sectionId).orElseThrow(NotFoundException::new);
        ReviewVersion version = versions.findById(section.getVersionId()).orElseThrow();
        if (version.getDocumentId() != reader.document().id()) {
            throw new NotFoundException();
        }
        if (version.getNumber() != reader.document().getCurrentNumber()) {
            throw new ValidationException("review.error.old-version", reader.document().getCurrentNumber());
        }
        return section;
    }

    private static String text(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            throw new ValidationException("review.error.comment-empty");
        }
        if (text.length() > ReferenceGroupRules.COMMENT_MAX) {
            throw new ValidationException("review.error.comment-long", ReferenceGroupRules.COMMENT_MAX, text.length());
        }
        return text;
    }
}

package no.samspill.notifications;

import no.samspill.referencegroup.GroupRoutes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.samspill.referencegroup.ReviewEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notices of documents under review, for the group's active members (named by the event) or for the author of the
 * comment a reply or a disposition is about. The route is the review view, which checks the reader again.
 */
@Component
class ReviewNotices {

    static final String TYPE = "ReviewDocument";

    private final Notifier notifier;

    ReviewNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(ReviewEvents.DocumentOpened e) {
        post("review-opened", e.tenantId(), e.documentId(),
                List.of(e.title(), e.opensOn().toString(), e.closesOn().toString()), Set.copyOf(e.memberUserIds()),
                e.actorUserId(), e.occurredAt(), "v" + e.versionNumber());
    }

    @ApplicationModuleListener
    void on(ReviewEvents.CommentReplied e) {
        post("review-reply", e.tenantId(), e.documentId(), List.of(e.title()), Set.of(e.commentAuthorId()),
                e.actorUserId(), e.occurredAt(), "reply-" + e.replyId());
    }

    @ApplicationModuleListener
    void on(ReviewEvents.CommentDisposed e) {
        // a changed disposition is news again: the instant makes each one its own notice
        post("review-disposition", e.tenantId(), e.documentId(), List.of(e.title()), Set.of(e.commentAuthorId()),
                e.actorUserId(), e.occurredAt(), "comment-" + e.commentId() + "-" + e.occurredAt().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(ReviewEvents.WindowCloseNeared e) {
        post("review-closing", e.tenantId(), e.documentId(), List.of(e.title(), e.closesOn().toString()),
                Set.copyOf(e.memberUserIds()), null, e.occurredAt(), "closes-" + e.closesOn());
    }

    private void post(String kind, long tenantId, long documentId, List<String> args, Set<Long> recipients,
            @Nullable Long actor, Instant at, String period) {
        if (!recipients.isEmpty()) {
            notifier.post(new Notice(NoticeCategory.REVIEW, kind, tenantId, TYPE, documentId,
                    GroupRoutes.review(documentId), args, recipients, actor, at, period));
        }
    }
}

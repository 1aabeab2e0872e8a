package no.samspill.referencegroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a document under review, for the modules that listen (notifications). The events name the
 * people the group grants the document to (its active members), or the one author a reply or disposition concerns.
 */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** A document, or a new version of it, was published for review in the given window. */
    public record DocumentOpened(long tenantId, long groupId, long documentId, String title, int versionNumber,
            LocalDate opensOn, LocalDate closesOn, List<Long> memberUserIds, @Nullable Long actorUserId,
            Instant occurredAt) {

        public DocumentOpened {
            memberUserIds = List.copyOf(memberUserIds);
        }
    }

    /** Someone replied to a comment: for the comment's author. */
    public record CommentReplied(long tenantId, long documentId, String title, long commentId, long commentAuthorId,
            long replyId, @Nullable Long actorUserId, Instant occurredAt) {
    }

    /** The lead gave (or changed) the disposition of a comment: for its author. */
    public record CommentDisposed(long tenantId, long documentId, String title, long commentId,
            long commentAuthorId, @Nullable Long actorUserId, Instant occurredAt) {
    }

    /** A review window closes in a few days; {@code memberUserIds} are the active members who have not commented. */
    public record WindowCloseNeared(long tenantId, long groupId, long documentId, String title, LocalDate closesOn,
            List<Long> memberUserIds, Instant occurredAt) {

        public WindowCloseNeared {
            memberUserIds = List.copyOf(memberUserIds);
        }
    }
}

package no.samspill.referencegroup;

import java.time.Clock;
import java.util.List;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.RefGroupMemberRepository;
import no.samspill.referencegroup.domain.ReviewComment;
import no.samspill.referencegroup.domain.ReviewDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the review events in the service's transaction, so that they are stored with the change. */
@Component
class ReviewNews {

    private final ApplicationEventPublisher events;
    private final RefGroupMemberRepository members;
    private final AccessPolicy access;
    private final Clock clock;

    ReviewNews(ApplicationEventPublisher events, RefGroupMemberRepository members, AccessPolicy access, Clock clock) {
        this.events = events;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    void opened(RefGroup group, ReviewDocument document) {
        events.publishEvent(new ReviewEvents.DocumentOpened(group.getTenantId(), group.id(), document.id(),
                document.getTitle(), document.getCurrentNumber(), document.getOpensOn(), document.getClosesOn(),
                activeMembers(group.id()), access.actorId(), clock.instant()));
    }

    void replied(RefGroup group, ReviewDocument document, ReviewComment parent, ReviewComment reply) {
        events.publishEvent(new ReviewEvents.CommentReplied(group.getTenantId(), document.id(), document.getTitle(),
                parent.id(), parent.getAuthorId(), reply.id(), access.actorId(), clock.instant()));
    }

    void disposed(RefGroup group, ReviewDocument document, ReviewComment comment) {
        events.publishEvent(new ReviewEvents.CommentDisposed(group.getTenantId(), document.id(), document.getTitle(),
                comment.id(), comment.getAuthorId(), access.actorId(), clock.instant()));
    }

    List<Long> activeMembers(long groupId) {
        return members.findByGroupId(groupId).stream().filter(RefGroupMember::isActive)
                .map(RefGroupMember::getUserId).sorted().toList();
    }
}

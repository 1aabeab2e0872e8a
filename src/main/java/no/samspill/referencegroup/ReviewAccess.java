package no.samspill.referencegroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.ImpartialityGate;
import no.samspill.platform.time.TenantTime;
import no.samspill.referencegroup.domain.RefGroup;
import no.samspill.referencegroup.domain.RefGroupMember;
import no.samspill.referencegroup.domain.ReviewComment;
import no.samspill.referencegroup.domain.ReviewCommentRepository;
import no.samspill.referencegroup.domain.ReviewDocument;
import no.samspill.referencegroup.domain.ReviewDocumentRepository;
import no.samspill.referencegroup.domain.ReviewVersion;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a document under review, decided once for the review services on top of the group's own
 * rule (leads and admins of the tenant, and present and former members). A former member reads only the documents
 * they commented on, and in them only their own threads; only active members comment, and only while the window is
 * open.
 */
@Component
class ReviewAccess {

    private final GroupAccess groups;
    private final ReviewDocumentRepository documents;
    private final ReviewCommentRepository comments;
    private final AccessPolicy access;
    private final TenantDirectory directory;
    private final TenantTime time;
    private final ImpartialityGate gate;

    ReviewAccess(GroupAccess groups, ReviewDocumentRepository documents, ReviewCommentRepository comments,
            AccessPolicy access, TenantDirectory directory, TenantTime time, ImpartialityGate gate) {
        this.gate = gate;
        this.groups = groups;
        this.documents = documents;
        this.comments = comments;
        this.access = access;
        this.directory = directory;
        this.time = time;
    }

    /** A reader's standing towards one document. */
    record Reader(RefGroup group, ReviewDocument document, boolean lead, Optional<RefGroupMember> membership,
            long userId, @Nullable Instant readUntil) {

        /** Whether the reader may see a version: a former member only those published before they left. */
        boolean sees(ReviewVersion v) {
            return readUntil == null || !v.getPublishedAt().isAfter(readUntil);
        }

        boolean former() {
            return !lead && membership.isEmpty();
        }

        /** What this reader may see of a comment: everything, or for a former member their own threads. */
        boolean sees(ReviewComment c, java.util.function.LongPredicate ownThread) {
            return !former() || c.getAuthorId() == userId
                    || (c.getParentId() != null && ownThread.test(c.getParentId()));
        }
    }

    Reader read(long documentId) {
        return readIfAllowed(documentId).orElseThrow(NotFoundException::new);
    }

    /** The reader's standing, or empty when the document is hidden from them (a former member who never wrote). */
    Optional<Reader> readIfAllowed(long documentId) {
        ReviewDocument document = documents.findById(documentId).orElseThrow(NotFoundException::new);
        RefGroup group = groups.visible(document.getGroupId());
        // a document under review in a project's group is the project's confidential material
        if (group.getProjectId() != null) {
            gate.requireCleared(group.getProjectId());
        }
        long userId = access.current().personId();
        boolean lead = groups.leadsOf(group);
        Optional<RefGroupMember> membership = groups.activeMembership(group.id());
        @Nullable LocalDate left = lead || membership.isPresent() ? null : groups.readUntil(group);
        // a former member reads up to the end of the day they left, in the tenant's zone
        @Nullable Instant until = left == null ? null : left.equals(LocalDate.MIN) ? Instant.MIN
                : left.plusDays(1).atStartOfDay(time.zone()).toInstant().minusNanos(1);
        // only a former member's reading depends on their own comments: nobody else pays for the lookup
        Optional<Instant> lastOwn = until == null ? Optional.empty()
                : Optional.ofNullable(comments.lastBy(documentId, userId));
        if (until != null && lastOwn.isEmpty()) {
            return Optional.empty();
        }
        // a leaving date set back in time must not hide a version the member commented on
        if (until != null && lastOwn.get().isAfter(until)) {
            until = lastOwn.get();
        }
        return Optional.of(new Reader(group, document, lead, membership, userId, until));
    }

    boolean leadsOf(RefGroup group) {
        return groups.leadsOf(group);
    }

    /** Whether the user is an active member of the group now, from the tenant they act in. */
    boolean activeMember(RefGroup group) {
        return groups.activeMembership(group.id()).isPresent();
    }

    RefGroup group(long groupId) {
        return groups.visible(groupId);
    }

    List<GroupAccess.Active> activeMemberships() {
        return groups.activeMemberships();
    }

    /** The name of a unit of the tenant the user acts in (a member's own unit). */
    @Nullable String unitName(@Nullable Long unitId) {
        return unitId == null ? null : directory.unitOf(access.current().tenantId(), unitId).map(UnitSummary::name)
                .orElse(null);
    }

    Reader lead(long documentId) {
        Reader reader = read(documentId);
        if (!reader.lead()) {
            throw new ForbiddenException();
        }
        return reader;
    }

    RefGroup leadOfGroup(long groupId) {
        return groups.owned(groupId);
    }

    ReviewState state(ReviewDocument d) {
        LocalDate today = time.today();
        return today.isBefore(d.getOpensOn()) ? ReviewState.NOT_OPEN
                : today.isAfter(d.getClosesOn()) ? ReviewState.CLOSED : ReviewState.OPEN;
    }

    /** Refuses writing into a review that is not open, with a message saying why. */
    void requireOpen(ReviewDocument d) {
        switch (state(d)) {
            case NOT_OPEN -> throw new ValidationException("review.error.not-open", d.getOpensOn());
            case CLOSED -> throw new ValidationException("review.error.closed", d.getClosesOn());
            case OPEN -> {
            }
        }
    }
}

package no.samspill.referencegroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import no.samspill.referencegroup.Disposition;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a section, or a reply (with a parent). Author and unit names are kept as written: the comment log
 * must still say who wrote it for which health trust after the member has left or the unit was renamed.
 */
@Entity
@Table(name = "review_comment")
public class ReviewComment extends VersionedEntity {

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "section_id", nullable = false, updatable = false)
    private long sectionId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName = "";

    @Column(name = "unit_name", updatable = false, length = 200)
    private @Nullable String unitName;

    @Column(name = "on_behalf_of_unit", nullable = false, updatable = false)
    private boolean onBehalfOfUnit;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Disposition disposition;

    @Column(name = "disposition_reason", nullable = false, columnDefinition = "TEXT")
    private String dispositionReason = "";

    @Column(name = "disposed_by", length = 200)
    private @Nullable String disposedBy;

    @Column(name = "disposed_at")
    private @Nullable Instant disposedAt;

    protected ReviewComment() {
    }

    public ReviewComment(long documentId, long sectionId, @Nullable Long parentId, long authorId, String authorName,
            @Nullable String unitName, boolean onBehalfOfUnit, String body, Instant createdAt) {
        this.documentId = documentId;
        this.sectionId = sectionId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.unitName = unitName;
        this.onBehalfOfUnit = onBehalfOfUnit;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void dispose(Disposition disposition, String reason, String by, Instant at) {
        this.disposition = disposition;
        this.dispositionReason = reason;
        this.disposedBy = by;
        this.disposedAt = at;
    }

    public long getDocumentId() {
        return documentId;
    }

    public long getSectionId() {
        return sectionId;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public @Nullable String getUnitName() {
        return unitName;
    }

    public boolean isOnBehalfOfUnit() {
        return onBehalfOfUnit;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Disposition getDisposition() {
        return disposition;
    }

    public String getDispositionReason() {
        return dispositionReason;
    }

    public @Nullable String getDisposedBy() {
        return disposedBy;
    }
}

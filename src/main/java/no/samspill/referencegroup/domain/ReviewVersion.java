package no.samspill.referencegroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.referencegroup.ReferenceGroupRules;
import org.jspecify.annotations.Nullable;

/** A published version: written once, never changed (comments were made on exactly this text). */
@Entity
@Table(name = "review_version")
public class ReviewVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, length = ReferenceGroupRules.NOTE_MAX)
    private String note = "";

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt = Instant.EPOCH;

    @Column(name = "published_by", nullable = false, updatable = false, length = 200)
    private String publishedBy = "";

    protected ReviewVersion() {
    }

    public ReviewVersion(long documentId, int number, String note, Instant publishedAt, String publishedBy) {
        this.documentId = documentId;
        this.number = number;
        this.note = note;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("version is not persisted yet");
        }
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getNumber() {
        return number;
    }

    public String getNote() {
        return note;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}

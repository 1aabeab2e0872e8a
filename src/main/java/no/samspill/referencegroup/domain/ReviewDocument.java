package no.samspill.referencegroup.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import no.samspill.platform.VersionedEntity;
import no.samspill.referencegroup.DocumentKind;
import no.samspill.referencegroup.ReferenceGroupRules;

/** A document a group reviews. Its text lives in versions; the document holds the window and the current number. */
@Entity
@Table(name = "review_document")
public class ReviewDocument extends VersionedEntity {

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind = DocumentKind.OTHER;

    @Column(nullable = false, length = ReferenceGroupRules.NAME_MAX)
    private String title = "";

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn = LocalDate.EPOCH;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn = LocalDate.EPOCH;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ReviewDocument() {
    }

    public ReviewDocument(long groupId, DocumentKind kind, String title, LocalDate opensOn, LocalDate closesOn,
            Instant createdAt) {
        this.groupId = groupId;
        this.kind = kind;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdAt = createdAt;
    }

    /** Counts a new version and returns its number. */
    public int nextVersion() {
        return ++currentNumber;
    }

    public void window(LocalDate opensOn, LocalDate closesOn) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public long getGroupId() {
        return groupId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getCurrentNumber() {
        return currentNumber;
    }
}

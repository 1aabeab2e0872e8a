package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.marketdialogue.AccessMode;
import no.samspill.marketdialogue.DialogueStatus;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "market_dialogue")
public class MarketDialogue extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false, columnDefinition = "TEXT")
    private String introduction = "";

    @Column(nullable = false)
    private Instant deadline = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_mode", nullable = false, length = 20)
    private AccessMode accessMode = AccessMode.INVITED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DialogueStatus status = DialogueStatus.DRAFT;

    @Column(name = "questionnaire_version", nullable = false)
    private int questionnaireVersion = 1;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    protected MarketDialogue() {
    }

    public MarketDialogue(long tenantId, long projectId, String title, Instant deadline, Instant createdAt) {
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.title = title;
        this.deadline = deadline;
        this.createdAt = createdAt;
    }

    public void describe(String title, String introduction, Instant deadline, AccessMode accessMode) {
        this.title = title;
        this.introduction = introduction;
        this.deadline = deadline;
        this.accessMode = accessMode;
    }

    public void publish(Instant now) {
        this.status = DialogueStatus.PUBLISHED;
        this.publishedAt = now;
    }

    public void extendDeadline(Instant newDeadline) {
        this.deadline = newDeadline;
    }

    public void questionnaireChanged() {
        this.questionnaireVersion++;
    }

    public boolean isPublished() {
        return status == DialogueStatus.PUBLISHED;
    }

    public boolean isOpenFor(Instant now) {
        return isPublished() && now.isBefore(deadline);
    }

    public long getTenantId() {
        return tenantId;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public DialogueStatus getStatus() {
        return status;
    }

    public int getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }
}

package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** A file's facts; its bytes are in {@link FileContent}. No participant: a buyer attachment for all. */
@Entity
@Table(name = "dialogue_file")
public class DialogueFile extends VersionedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "participant_id", updatable = false)
    private @Nullable Long participantId;

    @Column(name = "question_id", updatable = false)
    private @Nullable Long questionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName = "";

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256 = "";

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy = "";

    protected DialogueFile() {
    }

    public DialogueFile(long dialogueId, @Nullable Long participantId, @Nullable Long questionId, String fileName,
            String contentType, long sizeBytes, String sha256, Instant uploadedAt, String uploadedBy) {
        this.dialogueId = dialogueId;
        this.participantId = participantId;
        this.questionId = questionId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public @Nullable Long getParticipantId() {
        return participantId;
    }

    public @Nullable Long getQuestionId() {
        return questionId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}

package no.samspill.steeringgroup.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file attached to a case paper. */
@Entity
@Table(name = "case_paper_attachment")
public class PaperAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "paper_id", nullable = false, updatable = false)
    private long paperId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName = "";

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content = new byte[0];

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 200)
    private String uploadedBy = "";

    protected PaperAttachment() {
    }

    public PaperAttachment(long paperId, String fileName, String contentType, byte[] content, Instant uploadedAt,
            String uploadedBy) {
        this.paperId = paperId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("attachment is not persisted yet");
        }
        return id;
    }

    public long getPaperId() {
        return paperId;
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
}

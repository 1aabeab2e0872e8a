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

/** An archived package: written once (a database trigger refuses changes), read back by its checksum's owner. */
@Entity
@Table(name = "steering_package")
public class MeetingPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private Instant generatedAt = Instant.EPOCH;

    @Column(name = "generated_by", nullable = false, updatable = false, length = 200)
    private String generatedBy = "";

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256 = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "contains_exempt", nullable = false, updatable = false)
    private boolean containsExempt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content = new byte[0];

    protected MeetingPackage() {
    }

    public MeetingPackage(long meetingId, int number, Instant generatedAt, String generatedBy, String sha256,
            boolean containsExempt, byte[] content) {
        this.containsExempt = containsExempt;
        this.meetingId = meetingId;
        this.number = number;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.content = content.clone();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("package is not persisted yet");
        }
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }
}

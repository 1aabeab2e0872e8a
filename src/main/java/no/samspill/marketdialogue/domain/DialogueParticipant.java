package no.samspill.marketdialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.marketdialogue.ParticipantStatus;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** One supplier tenant's place in a dialogue; its users share one response. */
@Entity
@Table(name = "dialogue_participant")
public class DialogueParticipant extends VersionedEntity {

    @Column(name = "dialogue_id", nullable = false, updatable = false)
    private long dialogueId;

    @Column(name = "supplier_tenant_id", nullable = false, updatable = false)
    private long supplierTenantId;

    @Column(nullable = false)
    private boolean invited;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantStatus status = ParticipantStatus.INVITED;

    @Column(name = "opened_at")
    private @Nullable Instant openedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "seen_version", nullable = false)
    private int seenVersion;

    protected DialogueParticipant() {
    }

    public DialogueParticipant(long dialogueId, long supplierTenantId, boolean invited, int seenVersion) {
        this.dialogueId = dialogueId;
        this.supplierTenantId = supplierTenantId;
        this.invited = invited;
        this.seenVersion = seenVersion;
    }

    public void opened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
        if (status == ParticipantStatus.INVITED) {
            status = ParticipantStatus.OPENED;
        }
    }

    public void drafted() {
        if (status != ParticipantStatus.SUBMITTED) {
            status = ParticipantStatus.DRAFT;
        }
    }

    public void submit(Instant now) {
        status = ParticipantStatus.SUBMITTED;
        submittedAt = now;
    }

    public void reopen() {
        status = ParticipantStatus.DRAFT;
    }

    public void seen(int version) {
        seenVersion = version;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public long getSupplierTenantId() {
        return supplierTenantId;
    }

    public boolean isInvited() {
        return invited;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getSeenVersion() {
        return seenVersion;
    }
}

package no.samspill.impartiality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.impartiality.Decision;
import no.samspill.impartiality.SignatureMethod;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/**
 * One person's declaration for one project. A row without a signature is a request (the lead added the person).
 * Signing again replaces the answers; the row is kept when the person leaves the project's groups.
 */
@Entity
@Table(name = "impartiality_declaration")
public class Declaration extends VersionedEntity {

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private long tenantId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "user_name", nullable = false, length = 200)
    private String userName = "";

    @Column(name = "added_by", length = 200)
    private @Nullable String addedBy;

    @Column(nullable = false)
    private boolean external;

    @Column(name = "template_id")
    private @Nullable Long templateId;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_method", length = 20)
    private @Nullable SignatureMethod signatureMethod;

    @Column(name = "no_ties", nullable = false)
    private boolean noTies;

    @Column(name = "has_ties", nullable = false)
    private boolean hasTies;

    @Column(name = "free_text", columnDefinition = "TEXT")
    private @Nullable String freeText;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable Decision decision;

    @Column(name = "decision_reason", columnDefinition = "TEXT")
    private @Nullable String decisionReason;

    @Column(name = "decided_by", length = 200)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected Declaration() {
    }

    public Declaration(long tenantId, long projectId, long userId, String userName, @Nullable String addedBy) {
        this.tenantId = tenantId;
        this.projectId = projectId;
        this.userId = userId;
        this.userName = userName;
        this.addedBy = addedBy;
    }

    /**
     * Signs (again) with the template version used. A decision stays only when the ties are what was decided on, and
     * a disqualification always stays: signing anew cannot lift it.
     */
    public void sign(long templateId, Instant at, SignatureMethod method, boolean noTies, boolean hasTies,
            @Nullable String freeText, boolean sameTies) {
        this.templateId = templateId;
        this.signedAt = at;
        this.signatureMethod = method;
        this.noTies = noTies;
        this.hasTies = hasTies;
        this.freeText = freeText;
        if (decision != Decision.DISQUALIFIED && (!sameTies || !hasTies)) {
            clearDecision();
        }
    }

    /** Named on the project as an external participant (a hired consultant); kept once named. */
    public void markExternal() {
        external = true;
    }

    public boolean isExternal() {
        return external;
    }

    public void decide(Decision decision, String reason, String by, Instant at) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void clearDecision() {
        decision = null;
        decisionReason = null;
        decidedBy = null;
        decidedAt = null;
    }

    public long getTenantId() {
        return tenantId;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public @Nullable String getAddedBy() {
        return addedBy;
    }

    public @Nullable Long getTemplateId() {
        return templateId;
    }

    public @Nullable Instant getSignedAt() {
        return signedAt;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public @Nullable SignatureMethod getSignatureMethod() {
        return signatureMethod;
    }

    public boolean isNoTies() {
        return noTies;
    }

    public boolean hasTies() {
        return hasTies;
    }

    public @Nullable String getFreeText() {
        return freeText;
    }

    public @Nullable Decision getDecision() {
        return decision;
    }

    public @Nullable String getDecisionReason() {
        return decisionReason;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }
}

package no.samspill.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.knowledgebase.CaseLink;
import org.jspecify.annotations.Nullable;

/** A case's link to a notice or a project (kb_case_link); written once, removed never here. */
@Entity
@Table(name = "kb_case_link")
public class CaseLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(nullable = false, length = 10, updatable = false)
    @Enumerated(EnumType.STRING)
    private CaseLink.Kind kind = CaseLink.Kind.DOFFIN;

    @Column(nullable = false, length = 60, updatable = false)
    private String reference = "";

    @Column(name = "project_id", updatable = false)
    private @Nullable Long projectId;

    @Column(name = "project_tenant_id", updatable = false)
    private @Nullable Long projectTenantId;

    @Column(name = "added_by", nullable = false, length = 254, updatable = false)
    private String addedBy = "";

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt = Instant.EPOCH;

    protected CaseLinkEntity() {
    }

    public CaseLinkEntity(long caseId, CaseLink.Kind kind, String reference, @Nullable Long projectId,
            @Nullable Long projectTenantId, String addedBy, Instant addedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.reference = reference;
        this.projectId = projectId;
        this.projectTenantId = projectTenantId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public long getCaseId() {
        return caseId;
    }

    public CaseLink toRecord() {
        if (id == null) {
            throw new IllegalStateException("link is not persisted yet");
        }
        return new CaseLink(id, kind, reference, projectId);
    }
}

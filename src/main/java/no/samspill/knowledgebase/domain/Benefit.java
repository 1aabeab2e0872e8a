package no.samspill.knowledgebase.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import no.samspill.knowledgebase.BenefitFigure;
import no.samspill.knowledgebase.BenefitUnit;
import no.samspill.platform.VersionedEntity;
import org.jspecify.annotations.Nullable;

/** A benefit figure of a case: proposed from its results, confirmed or rejected by a person. */
@Entity
@Table(name = "kb_benefit")
public class Benefit extends VersionedEntity {

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "source_text", nullable = false, length = 60, updatable = false)
    private String sourceText = "";

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private BenefitUnit unit = BenefitUnit.OTHER;

    @Column(nullable = false, length = 300)
    private String measures = "";

    @Column(nullable = false, length = 12)
    @Enumerated(EnumType.STRING)
    private BenefitFigure.Status status = BenefitFigure.Status.PROPOSED;

    @Column(name = "decided_by", length = 254)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected Benefit() {
    }

    public Benefit(long caseId, String sourceText, BigDecimal amount, BenefitUnit unit, String measures) {
        this.caseId = caseId;
        this.sourceText = sourceText;
        this.amount = amount;
        this.unit = unit;
        this.measures = measures;
    }

    public void decide(BenefitFigure.Status to, BigDecimal amount, BenefitUnit unit, String measures, String by,
            Instant at) {
        this.status = to;
        this.amount = amount;
        this.unit = unit;
        this.measures = measures;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getSourceText() {
        return sourceText;
    }

    public BenefitFigure.Status getStatus() {
        return status;
    }

    public BenefitFigure toFigure() {
        return new BenefitFigure(id(), getVersion(), sourceText, amount, unit, measures, status);
    }
}

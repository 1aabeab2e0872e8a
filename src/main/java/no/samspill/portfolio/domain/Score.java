package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.samspill.platform.VersionedEntity;

/** A proposal's scores on the board's criteria, and whether a legal or safety duty makes it mandatory. */
@Entity
@Table(name = "initiative_score")
public class Score extends VersionedEntity {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Embedded
    private CriterionValues scores = new CriterionValues(0, 0, 0, 0);

    @Column(nullable = false)
    private boolean mandatory;

    @Column(name = "mandatory_basis", nullable = false, length = 500)
    private String mandatoryBasis = "";

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt = Instant.EPOCH;

    @Column(name = "scored_by", nullable = false, length = 254)
    private String scoredBy = "";

    protected Score() {
    }

    public Score(long initiativeId) {
        this.initiativeId = initiativeId;
    }

    /** The caller has checked the range of each score and that a mandatory proposal names its duty. */
    public void score(CriterionValues scores, boolean mandatory, String basis, Instant at, String by) {
        this.scores = scores;
        this.mandatory = mandatory;
        this.mandatoryBasis = mandatory ? basis : "";
        this.scoredAt = at;
        this.scoredBy = by;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public CriterionValues getScores() {
        return scores;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String getMandatoryBasis() {
        return mandatoryBasis;
    }
}

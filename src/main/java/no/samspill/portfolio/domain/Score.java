package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
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

    @Column(nullable = false)
    private int benefit;

    @Column(nullable = false)
    private int cost;

    @Column(nullable = false)
    private int risk;

    @Column(nullable = false)
    private int fit;

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
    public void score(int benefit, int cost, int risk, int fit, boolean mandatory, String basis, Instant at,
            String by) {
        this.benefit = benefit;
        this.cost = cost;
        this.risk = risk;
        this.fit = fit;
        this.mandatory = mandatory;
        this.mandatoryBasis = mandatory ? basis : "";
        this.scoredAt = at;
        this.scoredBy = by;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public int getBenefit() {
        return benefit;
    }

    public int getCost() {
        return cost;
    }

    public int getRisk() {
        return risk;
    }

    public int getFit() {
        return fit;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public String getMandatoryBasis() {
        return mandatoryBasis;
    }
}

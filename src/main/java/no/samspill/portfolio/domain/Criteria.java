package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import no.samspill.platform.VersionedEntity;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.Scores;

/** The board's weight per criterion; a proposal's weighted score is the weighted mean of its scores. */
@Entity
@Table(name = "portfolio_criteria")
public class Criteria extends VersionedEntity {

    @Column(name = "portfolio_id", nullable = false, updatable = false)
    private long portfolioId;

    @Embedded
    private CriterionValues weights = new CriterionValues(Scores.DEFAULT_WEIGHT, Scores.DEFAULT_WEIGHT,
            Scores.DEFAULT_WEIGHT, Scores.DEFAULT_WEIGHT);

    protected Criteria() {
    }

    public Criteria(long portfolioId) {
        this.portfolioId = portfolioId;
    }

    /** New weights, each 0 to 10 (checked by the caller); at least one above 0, or no score could be weighted. */
    public void weigh(CriterionValues weights) {
        if (weights.sum() == 0) {
            throw new ValidationException("portfolio.intake.error.weights-zero");
        }
        this.weights = weights;
    }

    /** The weighted mean of the four scores, on the scores' own scale. */
    public double weighted(Score s) {
        return weights.dot(s.getScores()) / (double) weights.sum();
    }

    public long getPortfolioId() {
        return portfolioId;
    }

    public CriterionValues getWeights() {
        return weights;
    }
}

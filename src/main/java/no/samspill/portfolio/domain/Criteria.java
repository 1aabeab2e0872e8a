package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
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

    @Column(nullable = false)
    private int benefit;

    @Column(nullable = false)
    private int cost;

    @Column(nullable = false)
    private int risk;

    @Column(nullable = false)
    private int fit;

    protected Criteria() {
    }

    public Criteria(long portfolioId) {
        this.portfolioId = portfolioId;
        this.benefit = Scores.DEFAULT_WEIGHT;
        this.cost = Scores.DEFAULT_WEIGHT;
        this.risk = Scores.DEFAULT_WEIGHT;
        this.fit = Scores.DEFAULT_WEIGHT;
    }

    /** New weights, each 0 to 10; at least one above 0, or no score could be weighted. */
    public void weigh(int benefit, int cost, int risk, int fit) {
        if (benefit + cost + risk + fit == 0) {
            throw new ValidationException("portfolio.intake.error.weights-zero");
        }
        this.benefit = benefit;
        this.cost = cost;
        this.risk = risk;
        this.fit = fit;
    }

    /** The weighted mean of the four scores, on the scores' own scale. */
    public double weighted(Score s) {
        return (benefit * s.getBenefit() + cost * s.getCost() + risk * s.getRisk() + fit * s.getFit())
                / (double) (benefit + cost + risk + fit);
    }

    public long getPortfolioId() {
        return portfolioId;
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
}

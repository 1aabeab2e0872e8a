package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One value per criterion (benefit, cost, risk, strategic fit): the board's weights, or a proposal's scores. */
@Embeddable
public class CriterionValues {

    @Column(nullable = false)
    private int benefit;

    @Column(nullable = false)
    private int cost;

    @Column(nullable = false)
    private int risk;

    @Column(nullable = false)
    private int fit;

    protected CriterionValues() {
    }

    public CriterionValues(int benefit, int cost, int risk, int fit) {
        this.benefit = benefit;
        this.cost = cost;
        this.risk = risk;
        this.fit = fit;
    }

    /** The sum of the products of each criterion's values: the weighted sum when these are weights. */
    int dot(CriterionValues other) {
        return benefit * other.benefit + cost * other.cost + risk * other.risk + fit * other.fit;
    }

    int sum() {
        return benefit + cost + risk + fit;
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

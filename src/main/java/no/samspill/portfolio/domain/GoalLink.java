package no.samspill.portfolio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.samspill.platform.VersionedEntity;
import no.samspill.portfolio.Weight;

/** An initiative's contribution to a goal (by the goal's key, so it holds across versions), with its weight. */
@Entity
@Table(name = "initiative_goal")
public class GoalLink extends VersionedEntity {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Column(name = "goal_key", nullable = false, updatable = false, length = 36)
    private String goalKey = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Weight weight = Weight.LOW;

    @Column(nullable = false, length = 500)
    private String how = "";

    protected GoalLink() {
    }

    public GoalLink(long initiativeId, String goalKey, Weight weight, String how) {
        this.initiativeId = initiativeId;
        this.goalKey = goalKey;
        this.weight = weight;
        this.how = how;
    }

    public void change(Weight weight, String how) {
        this.weight = weight;
        this.how = how;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public String getGoalKey() {
        return goalKey;
    }

    public Weight getWeight() {
        return weight;
    }

    public String getHow() {
        return how;
    }
}

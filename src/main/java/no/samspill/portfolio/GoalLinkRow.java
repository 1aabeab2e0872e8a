package no.samspill.portfolio;

/** An initiative's link to a goal, with the goal's title in the current target picture ("–" if it was dropped). */
public record GoalLinkRow(long id, String goalKey, String goalTitle, Weight weight, String how) {
}

package no.samspill.steeringgroup;

/** An action plan the group oversees, with its item count and how many items are overdue. */
public record OverseenPlan(long planId, String title, long items, long overdue) {
}

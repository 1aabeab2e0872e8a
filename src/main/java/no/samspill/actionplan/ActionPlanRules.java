package no.samspill.actionplan;

/** Limits the domain enforces (entities, columns and services); forms reuse them in {@code setMaxLength}. */
public final class ActionPlanRules {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int RESPONSIBLE_MAX = 200;

    private ActionPlanRules() {
    }
}

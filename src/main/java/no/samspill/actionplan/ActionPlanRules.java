package no.samspill.actionplan;

/** Limits the domain enforces; forms reuse them. */
public final class ActionPlanRules {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int RESPONSIBLE_MAX = 200;

    private ActionPlanRules() {
    }
}

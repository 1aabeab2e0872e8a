package no.samspill.actionplan;

/**
 * Where the pages of action plans and round tables live, for this module's views, for other modules' links and for the locations in
 * notices and mails, so no one writes the URLs by hand. Plain strings, free of Vaadin.
 */
public final class ActionPlanRoutes {

    /** The route parameter holding the id. */
    public static final String PLAN_ID = "planId";

    /** The route parameter holding the id. */
    public static final String ITEM_ID = "itemId";

    /** The route parameter holding the id. */
    public static final String CONFERENCE_ID = "conferenceId";

    /** The route template, for {@code @Route}. */
    public static final String PLAN = "action-plans/:" + PLAN_ID;

    /** The route template, for {@code @Route}. */
    public static final String ITEM = "action-plans/items/:" + ITEM_ID;

    /** The route template, for {@code @Route}. */
    public static final String ROUND_TABLE = "round-tables/:" + CONFERENCE_ID;

    /** An action plan's page. */
    public static String plan(long id) {
        return "action-plans/" + id;
    }

    /** An action item's page. */
    public static String item(long id) {
        return "action-plans/items/" + id;
    }

    /** A round-table conference's page. */
    public static String roundTable(long id) {
        return "round-tables/" + id;
    }

    private ActionPlanRoutes() {
    }
}

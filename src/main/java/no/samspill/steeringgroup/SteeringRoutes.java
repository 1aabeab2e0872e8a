package no.samspill.steeringgroup;

/**
 * Where the pages of steering groups live, for this module's views, for other modules' links and for the locations in
 * notices and mails, so no one writes the URLs by hand. Plain strings, free of Vaadin.
 */
public final class SteeringRoutes {

    /** The route parameter holding the id. */
    public static final String GROUP_ID = "groupId";

    /** The route parameter holding the id. */
    public static final String MEETING_ID = "meetingId";

    /** The route template, for {@code @Route}. */
    public static final String GROUP = "steering/:" + GROUP_ID;

    /** The route template, for {@code @Route}. */
    public static final String MEETING = "steering/meetings/:" + MEETING_ID;

    /** The page of a group. */
    public static String group(long id) {
        return "steering/" + id;
    }

    /** A steering meeting's page. */
    public static String meeting(long id) {
        return "steering/meetings/" + id;
    }

    private SteeringRoutes() {
    }
}

package no.samspill.procurement;

/**
 * Where the pages of procurement projects live, for this module's views, for other modules' links and for the locations in
 * notices and mails, so no one writes the URLs by hand. Plain strings, free of Vaadin.
 */
public final class ProjectRoutes {

    /** The route parameter holding the id. */
    public static final String PROJECT_ID = "projectId";

    /** The route template, for {@code @Route}. */
    public static final String PROJECT = "projects/:" + PROJECT_ID;

    /** A procurement project's page. */
    public static String project(long id) {
        return "projects/" + id;
    }

    private ProjectRoutes() {
    }
}

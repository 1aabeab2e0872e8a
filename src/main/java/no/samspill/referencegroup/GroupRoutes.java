package no.samspill.referencegroup;

/**
 * Where the pages of reference groups and reviews live, for this module's views, for other modules' links and for the locations in
 * notices and mails, so no one writes the URLs by hand. Plain strings, free of Vaadin.
 */
public final class GroupRoutes {

    /** The route parameter holding the id. */
    public static final String GROUP_ID = "groupId";

    /** The route parameter holding the id. */
    public static final String DOCUMENT_ID = "documentId";

    /** The route template, for {@code @Route}. */
    public static final String GROUP = "groups/:" + GROUP_ID;

    /** The route template, for {@code @Route}. */
    public static final String REVIEW = "reviews/:" + DOCUMENT_ID;

    /** The page of a group. */
    public static String group(long id) {
        return "groups/" + id;
    }

    /** The review page of a document under review. */
    public static String review(long id) {
        return "reviews/" + id;
    }

    private GroupRoutes() {
    }
}

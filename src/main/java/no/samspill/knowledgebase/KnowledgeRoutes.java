package no.samspill.knowledgebase;

/** Where the knowledge base's pages live, for its views and other modules' links. Plain strings, free of Vaadin. */
public final class KnowledgeRoutes {

    /** The route parameter holding a case's id. */
    public static final String CASE_ID = "caseId";

    /** The search page; its query parameters keep the words and the chosen facets. */
    public static final String SEARCH = "knowledge";

    /** The route template, for {@code @Route}. */
    public static final String CASE = "knowledge/cases/:" + CASE_ID;

    /** The route template, for {@code @Route}. */
    public static final String EDIT = "knowledge/cases/:" + CASE_ID + "/edit";

    public static final String NEW = "knowledge/new";

    public static final String IMPORT = "knowledge/import";

    public static final String ADMIN = "knowledge/admin";

    /** A case's page. */
    public static String caseOf(long id) {
        return "knowledge/cases/" + id;
    }

    /** A draft's edit form. */
    public static String edit(long id) {
        return "knowledge/cases/" + id + "/edit";
    }

    private KnowledgeRoutes() {
    }
}

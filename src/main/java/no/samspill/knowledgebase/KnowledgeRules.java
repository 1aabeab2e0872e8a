package no.samspill.knowledgebase;

/** The limits of a case's fields, in the domain, so that the form and the import use the same ones. */
public final class KnowledgeRules {

    public static final int REGION_MAX = 100;
    public static final int CODE_MAX = 10;
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int AREA_MAX = 200;
    public static final int TEXT_MAX = 8000;
    public static final int COMPANY_MAX = 200;
    public static final int COMPANIES_MAX = 20;
    public static final int YEAR_MIN = 1990;
    public static final int YEAR_MAX = 2100;

    private KnowledgeRules() {
    }
}

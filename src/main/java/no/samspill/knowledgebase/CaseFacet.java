package no.samspill.knowledgebase;

/** The dimensions a search narrows by. Values combine with OR inside one, and with AND across them. */
public enum CaseFacet {
    KEYWORD("kw"), REGION("region"), AREA("area"), FORM("form"), KIND("kind"), YEAR("year");

    private final String parameter;

    CaseFacet(String parameter) {
        this.parameter = parameter;
    }

    /** The URL query parameter that keeps the facet's chosen values, so that a search can be shared. */
    public String parameter() {
        return parameter;
    }

    public String labelKey() {
        return "kb.facet." + parameter;
    }
}

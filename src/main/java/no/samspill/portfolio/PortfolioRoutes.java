package no.samspill.portfolio;

/** Where the portfolio pages live, for this module's views and others' links. Plain strings, free of Vaadin. */
public final class PortfolioRoutes {

    /** The route parameter holding the id. */
    public static final String PORTFOLIO_ID = "portfolioId";

    /** The route template, for {@code @Route}. */
    public static final String PORTFOLIO = "portfolios/:" + PORTFOLIO_ID;

    public static final String INITIATIVE_ID = "initiativeId";

    public static final String INITIATIVE = "portfolios/initiatives/:" + INITIATIVE_ID;

    private PortfolioRoutes() {
    }

    public static String portfolio(long id) {
        return "portfolios/" + id;
    }

    public static String initiative(long id) {
        return "portfolios/initiatives/" + id;
    }
}

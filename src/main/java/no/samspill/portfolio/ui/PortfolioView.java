package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.DetailView;
import no.samspill.platform.ui.LazyTabs;
import no.samspill.portfolio.BoardReferrals;
import no.samspill.portfolio.IntakeService;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.PeriodLength;
import no.samspill.portfolio.PortfolioDetails;
import no.samspill.portfolio.ProposalMerger;
import no.samspill.portfolio.PortfolioOverview;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.PortfolioService;
import no.samspill.portfolio.TargetPictureService;

/**
 * One portfolio: its goal coverage, status list, roadmap, target picture and intake, one tab each, with the
 * board's status period and, for the portfolio office, a new initiative. Each tab reads its read model when first
 * opened, so the page costs what its first tab costs.
 */
@Route(PortfolioRoutes.PORTFOLIO)
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class PortfolioView extends DetailView {

    private final PortfolioService portfolios;
    private final TargetPictureService targets;
    private final PortfolioOverview overview;
    private final InitiativeService initiatives;
    private final IntakeService intake;
    private final ProposalMerger merger;
    private final BoardReferrals referrals;

    PortfolioView(PortfolioService portfolios, TargetPictureService targets, PortfolioOverview overview,
            InitiativeService initiatives, IntakeService intake, ProposalMerger merger, BoardReferrals referrals) {
        super(PortfolioRoutes.PORTFOLIO_ID);
        this.intake = intake;
        this.merger = merger;
        this.referrals = referrals;
        this.portfolios = portfolios;
        this.targets = targets;
        this.overview = overview;
        this.initiatives = initiatives;
        setSizeFull();
    }

    @Override
    protected void open(long id) {
        PortfolioDetails portfolio = portfolios.details(id);
        title(portfolio.name());
        removeAll();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("portfolio-tabs");
        LazyTabs.add(tabs, getTranslation("portfolio.tab.coverage"), () -> new CoverageMatrix(overview, id,
                portfolio.tenants()));
        LazyTabs.add(tabs, getTranslation("portfolio.tab.status"), () -> new StatusList(overview, id));
        LazyTabs.add(tabs, getTranslation("portfolio.tab.roadmap"), () -> new RoadmapPanel(overview, id));
        LazyTabs.add(tabs, getTranslation("portfolio.tab.target"), () -> new TargetPanel(targets, referrals, id,
                portfolio.manages()));
        LazyTabs.add(tabs, getTranslation("portfolio.tab.intake"), () -> new IntakePanel(intake, merger, referrals,
                new BoardSection(referrals, targets.zone(), id), id));
        add(new H1(portfolio.name()), toolbar(portfolio), tabs);
    }

    private HorizontalLayout toolbar(PortfolioDetails portfolio) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        Span period = new Span(getTranslation("portfolio.period.shown",
                getTranslation(PeriodLength.ofMonths(portfolio.periodMonths()).labelKey())));
        period.setId("portfolio-period");
        bar.add(period);
        if (portfolio.manages()) {
            Button change = new Button(getTranslation("portfolio.period.change"),
                    e -> PeriodDialog.open(portfolios, portfolio, saved -> open(portfolio.id())));
            change.setId("change-period");
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button add = new Button(getTranslation("portfolio.initiative.new"), VaadinIcon.PLUS.create(),
                    e -> InitiativeDialog.create(initiatives, portfolio.id(), portfolio.tenants(),
                            saved -> UI.getCurrent().navigate(PortfolioRoutes.initiative(saved.id()))).open());
            add.setId("new-initiative");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(change, add);
        }
        return bar;
    }
}

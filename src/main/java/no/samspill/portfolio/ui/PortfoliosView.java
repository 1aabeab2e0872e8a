package no.samspill.portfolio.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.samspill.platform.security.Role;
import no.samspill.platform.ui.BuyerOnly;
import no.samspill.platform.ui.PageTitles;
import no.samspill.platform.ui.Rows;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.PortfolioService;
import no.samspill.portfolio.PortfolioSummary;

/** The portfolios the user's tenant runs as a board or was invited to. */
@Route("portfolios")
@BuyerOnly
@Menu(title = "nav.portfolios", order = 45, icon = "vaadin:bullseye")
@RolesAllowed({Role.TENANT_ADMIN_NAME, Role.PROCUREMENT_LEAD_NAME, Role.MEMBER_NAME})
class PortfoliosView extends VerticalLayout implements HasDynamicTitle {

    PortfoliosView(PortfolioService portfolios) {
        setSizeFull();
        add(new H1(getTranslation("portfolio.list.title")));
        Grid<PortfolioSummary> grid = new Grid<>();
        grid.setId("portfolios");
        Rows.titleLink(grid, PortfolioSummary::name, p -> PortfolioRoutes.portfolio(p.id()))
                .setHeader(getTranslation("portfolio.column.name")).setFlexGrow(3);
        grid.addColumn(PortfolioSummary::ownerName).setHeader(getTranslation("portfolio.column.owner"));
        grid.addColumn(p -> getTranslation(p.manages() ? "portfolio.role.office" : "portfolio.role.invited"))
                .setHeader(getTranslation("portfolio.column.role"));
        grid.setItems(portfolios.portfolios());
        grid.setEmptyStateText(getTranslation("portfolio.list.none"));
        Rows.open(grid, p -> PortfolioRoutes.portfolio(p.id()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("portfolio.list.title");
    }
}

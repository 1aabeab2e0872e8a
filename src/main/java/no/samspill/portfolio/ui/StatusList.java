package no.samspill.portfolio.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Downloads;
import no.samspill.platform.ui.Rows;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.PeriodStatus;
import no.samspill.portfolio.PortfolioOverview;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.StatusLine;

/**
 * Each initiative with the colour of its last periods, as colour, icon and word (readable without colour, as the
 * action plan's badges are), the newest reason, and its overdue checkpoints. The renderers read only the row.
 */
class StatusList extends VerticalLayout {

    StatusList(PortfolioOverview overview, long portfolioId) {
        setPadding(false);
        List<StatusLine> lines = overview.status(portfolioId, PortfolioRules.STATUS_PERIODS);
        Grid<StatusLine> grid = new Grid<>();
        grid.setId("status-list");
        // a short list shows whole; a long one scrolls inside the grid, which then sends only the rows in view
        if (lines.size() <= 25) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("40rem");
        }
        Rows.titleLink(grid, l -> l.initiative().name(), l -> PortfolioRoutes.initiative(l.initiative().id()))
                .setHeader(getTranslation("portfolio.status.initiative")).setFlexGrow(2);
        grid.addColumn(l -> l.initiative().ownerName()).setHeader(getTranslation("portfolio.status.owner"));
        int n = lines.isEmpty() ? 0 : lines.getFirst().periods().size();
        for (int i = 0; i < n; i++) {
            int index = i;
            PeriodStatus first = lines.getFirst().periods().get(i);
            grid.addColumn(StatusBadge.<StatusLine>renderer(l -> l.periods().get(index).colour()))
                    .setHeader(getTranslation("portfolio.status.period", first.number(),
                            String.valueOf(first.periodStart().getYear()))).setAutoWidth(true);
        }
        grid.addColumn(StatusLine::newestReason).setHeader(getTranslation("portfolio.status.reason")).setFlexGrow(3);
        grid.addColumn(l -> l.overdue().stream().map(c -> getTranslation("portfolio.status.overdue-item", c.title(),
                Formats.date(c.currentOn(), getLocale()))).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("portfolio.status.overdue")).setFlexGrow(2);
        grid.setItems(lines);
        grid.setEmptyStateText(getTranslation("portfolio.roadmap.none"));
        add(Downloads.link("status-xlsx", getTranslation("portfolio.export.status"), VaadinIcon.TABLE,
                getTranslation("portfolio.export.status-file") + "-" + portfolioId + ".xlsx", Downloads.XLSX,
                t -> overview.statusSheet(portfolioId, PortfolioRules.STATUS_PERIODS, t)), grid);
    }
}

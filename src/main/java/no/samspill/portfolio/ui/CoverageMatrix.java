package no.samspill.portfolio.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.ui.Downloads;
import no.samspill.portfolio.Coverage;
import no.samspill.portfolio.InitiativePhase;
import no.samspill.portfolio.PortfolioOverview;
import no.samspill.portfolio.TenantOption;

/**
 * Goals × initiatives as a plain HTML table with row and column headers (a screen reader names each cell), the
 * weight written in each cell, unserved goals and initiatives serving no goal marked in words as well as colour.
 * The whole matrix comes from one read model; nothing here reads the database. The filters and the export take
 * the same owners and phases, so the spreadsheet holds what the page shows.
 */
class CoverageMatrix extends VerticalLayout {

    private final PortfolioOverview overview;
    private final long portfolioId;
    private final MultiSelectComboBox<TenantOption> owners = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<InitiativePhase> phases = new MultiSelectComboBox<>();
    private final Div table = new Div();

    /** @param tenants the owner filter's choices: the portfolio's own and invited tenants, read with the page */
    CoverageMatrix(PortfolioOverview overview, long portfolioId, java.util.List<TenantOption> tenants) {
        this.overview = overview;
        this.portfolioId = portfolioId;
        setPadding(false);
        owners.setLabel(getTranslation("portfolio.filter.owner"));
        owners.setItems(tenants);
        owners.setItemLabelGenerator(TenantOption::name);
        owners.setId("coverage-owners");
        phases.setLabel(getTranslation("portfolio.filter.phase"));
        phases.setItems(InitiativePhase.values());
        phases.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        phases.setId("coverage-phases");
        owners.addValueChangeListener(e -> draw());
        phases.addValueChangeListener(e -> draw());
        table.addClassName("samspill-matrix-scroll");
        table.setWidthFull();
        HorizontalLayout filters = new HorizontalLayout(owners, phases, Downloads.link("coverage-xlsx",
                getTranslation("portfolio.export.coverage"), VaadinIcon.TABLE,
                getTranslation("portfolio.export.coverage-file") + "-" + portfolioId + ".xlsx", Downloads.XLSX,
                t -> overview.coverageSheet(portfolioId, ownerIds(), phases.getValue(), t)));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, table);
        draw();
    }

    private void draw() {
        draw(overview.coverage(portfolioId, ownerIds(), phases.getValue()));
    }

    private Set<Long> ownerIds() {
        return owners.getValue().stream().map(TenantOption::id).collect(Collectors.toSet());
    }

    private void draw(Coverage coverage) {
        table.getElement().setProperty("innerHTML", CoverageTable.html(coverage));
    }
}

package no.samspill.portfolio.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import java.util.Set;
import java.util.stream.Collectors;
import no.samspill.platform.ui.Downloads;
import no.samspill.portfolio.Coverage;
import no.samspill.portfolio.GoalLevel;
import no.samspill.portfolio.GoalNode;
import no.samspill.portfolio.InitiativePhase;
import no.samspill.portfolio.InitiativeRow;
import no.samspill.portfolio.PortfolioOverview;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.TenantOption;

/**
 * Goals × initiatives as a plain HTML table with row and column headers (a screen reader names each cell), the
 * weight written in each cell, unserved goals and initiatives serving no goal marked in words as well as colour.
 * The whole matrix comes from one read model; nothing here reads the database.
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
        table.removeAll();
        Element t = new Element("table");
        t.setAttribute("id", "coverage-matrix");
        t.getClassList().add("samspill-matrix");
        t.appendChild(new Element("caption").setText(getTranslation("portfolio.coverage.caption")));
        Element head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col")
                .setText(getTranslation("portfolio.coverage.goal")));
        for (InitiativeRow i : coverage.initiatives()) {
            Element th = new Element("th").setAttribute("scope", "col");
            th.appendChild(new Element("a").setAttribute("href", PortfolioRoutes.initiative(i.id()))
                    .setText(i.name()), new Element("span").setText(" (" + i.ownerName() + ")"));
            if (coverage.initiativesWithoutGoal().contains(i.id())) {
                th.getClassList().add("samspill-matrix-gap");
                th.appendChild(note("portfolio.coverage.no-goal"));
            }
            head.appendChild(th);
        }
        t.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (GoalNode g : coverage.goals()) {
            body.appendChild(row(coverage, g));
        }
        t.appendChild(body);
        table.getElement().appendChild(t);
    }

    private Element row(Coverage coverage, GoalNode g) {
        Element tr = new Element("tr");
        Element th = new Element("th").setAttribute("scope", "row").setText(getTranslation(g.level().labelKey())
                + ": " + g.title());
        th.getClassList().add("samspill-matrix-" + g.level().name().toLowerCase(java.util.Locale.ROOT));
        boolean unserved = coverage.unservedGoals().contains(g.key());
        if (unserved) {
            th.getClassList().add("samspill-matrix-gap");
            th.appendChild(note("portfolio.coverage.unserved"));
        }
        tr.appendChild(th);
        for (InitiativeRow i : coverage.initiatives()) {
            Element td = new Element("td");
            if (g.level() != GoalLevel.AREA) {
                td.setText(coverage.weight(g.key(), i.id()).map(w -> getTranslation(w.labelKey())).orElse(""));
                coverage.weight(g.key(), i.id()).ifPresent(w -> td.getClassList()
                        .add("samspill-weight-" + w.name().toLowerCase(java.util.Locale.ROOT)));
            }
            tr.appendChild(td);
        }
        return tr;
    }

    private Element note(String key) {
        Element note = new Element("span").setText(getTranslation(key));
        note.getClassList().add("samspill-matrix-note");
        return note;
    }
}

package no.samspill.portfolio.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.samspill.platform.text.Formats;
import no.samspill.portfolio.PeriodStatus;
import no.samspill.portfolio.PortfolioOverview;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.StatusColour;
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
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.initiative().name()).setHeader(getTranslation("portfolio.status.initiative"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.initiative().ownerName()).setHeader(getTranslation("portfolio.status.owner"));
        int n = lines.isEmpty() ? 0 : lines.getFirst().periods().size();
        for (int i = 0; i < n; i++) {
            int index = i;
            PeriodStatus first = lines.getFirst().periods().get(i);
            grid.addColumn(new ComponentRenderer<>(l -> badge(l.periods().get(index).colour())))
                    .setHeader(getTranslation("portfolio.status.period", first.number(),
                            first.periodStart().getYear())).setAutoWidth(true);
        }
        grid.addColumn(StatusList::reason).setHeader(getTranslation("portfolio.status.reason")).setFlexGrow(3);
        grid.addColumn(l -> l.overdue().stream().map(c -> getTranslation("portfolio.status.overdue-item", c.title(),
                Formats.date(c.currentOn(), getLocale()))).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("portfolio.status.overdue")).setFlexGrow(2);
        grid.setItems(lines);
        add(grid);
    }

    /** The newest reason given in the periods shown. */
    private static String reason(StatusLine line) {
        return line.periods().reversed().stream().map(PeriodStatus::reason).filter(r -> !r.isBlank()).findFirst()
                .orElse("");
    }

    private Span badge(@org.jspecify.annotations.Nullable StatusColour colour) {
        if (colour == null) {
            Span none = new Span(getTranslation("portfolio.status.not-reported"));
            none.addClassName("samspill-status");
            return none;
        }
        VaadinIcon vaadinIcon = switch (colour) {
            case GREEN -> VaadinIcon.CHECK_CIRCLE_O;
            case YELLOW -> VaadinIcon.CLOCK;
            case RED -> VaadinIcon.EXCLAMATION_CIRCLE_O;
        };
        Icon icon = vaadinIcon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(getTranslation(colour.labelKey())));
        badge.addClassNames("samspill-status", "samspill-status-" + colour.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}

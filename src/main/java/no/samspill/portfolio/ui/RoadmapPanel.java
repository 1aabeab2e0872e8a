package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Downloads;
import no.samspill.portfolio.CheckpointRow;
import no.samspill.portfolio.InitiativeRow;
import no.samspill.portfolio.PortfolioOverview;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.Roadmap;
import no.samspill.portfolio.RoadmapBar;

/**
 * The roadmap as an accessible HTML/CSS layout, no chart component: a list of bars on a shared time axis, each bar
 * focusable and carrying its own text (name, owner, dates, phase), checkpoints as markers that say their date and,
 * when moved, the original one. Positions are percentages of the axis, so it needs no script.
 */
class RoadmapPanel extends VerticalLayout {

    private final LocalDate from;
    private final double days;

    RoadmapPanel(PortfolioOverview overview, long portfolioId) {
        this(overview.roadmap(portfolioId), Downloads.link("roadmap-pdf", UI.getCurrent().getTranslation(
                "portfolio.export.roadmap"), VaadinIcon.FILE_TEXT_O, UI.getCurrent().getTranslation(
                "portfolio.export.roadmap-file") + "-" + portfolioId + ".pdf", Downloads.PDF,
                t -> overview.roadmapPdf(portfolioId, t)));
    }

    private RoadmapPanel(Roadmap roadmap, Anchor pdf) {
        setPadding(false);
        add(pdf);
        this.from = roadmap.from();
        this.days = Math.max(1, ChronoUnit.DAYS.between(roadmap.from(), roadmap.to()));
        Locale locale = getLocale();
        add(new Paragraph(getTranslation("portfolio.roadmap.caption", Formats.date(roadmap.from(), locale),
                Formats.date(roadmap.to(), locale))));
        if (roadmap.bars().isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.roadmap.none")));
            return;
        }
        Div axis = new Div();
        axis.addClassName("samspill-roadmap-axis");
        axis.getElement().setAttribute("aria-hidden", "true");
        for (int year = from.getYear(); year < roadmap.to().getYear(); year++) {
            Span tick = new Span(String.valueOf(year));
            tick.addClassName("samspill-roadmap-year");
            tick.getStyle().set("left", percent(LocalDate.of(year, 1, 1)) + "%");
            axis.add(tick);
        }
        Div list = new Div();
        list.setId("roadmap");
        list.addClassName("samspill-roadmap");
        list.getElement().setAttribute("role", "list");
        roadmap.bars().forEach(b -> list.add(bar(b, locale)));
        add(axis, list);
    }

    private Div bar(RoadmapBar bar, Locale locale) {
        InitiativeRow i = bar.initiative();
        Div row = new Div();
        row.addClassName("samspill-roadmap-row");
        row.getElement().setAttribute("role", "listitem");
        Div track = new Div();
        track.addClassName("samspill-roadmap-track");
        // a link: reached with Tab, opened with Enter, and it names the initiative the way the bar shows it
        Anchor span = new Anchor(PortfolioRoutes.initiative(i.id()), "");
        span.addClassNames("samspill-roadmap-bar", "samspill-phase-" + i.phase().name().toLowerCase(Locale.ROOT));
        span.setText(getTranslation("portfolio.roadmap.bar", i.name(), i.ownerName(), Formats.date(i.start(), locale),
                Formats.date(i.end(), locale), getTranslation(i.phase().labelKey())));
        span.getStyle().set("left", percent(i.start()) + "%").set("width",
                Math.max(1, percent(i.end()) - percent(i.start())) + "%");
        track.add(span);
        for (CheckpointRow c : bar.checkpoints()) {
            Span marker = new Span(Formats.date(c.currentOn(), locale));
            marker.addClassName("samspill-roadmap-checkpoint");
            if (c.moved()) {
                marker.addClassName("samspill-roadmap-moved");
            }
            marker.getElement().setAttribute("tabindex", "0");
            String text = c.moved()
                    ? getTranslation("portfolio.roadmap.moved", c.title(), Formats.date(c.currentOn(), locale),
                            Formats.date(c.originalOn(), locale))
                    : getTranslation("portfolio.roadmap.checkpoint", c.title(), Formats.date(c.currentOn(), locale));
            marker.getElement().setAttribute("aria-label", text);
            marker.getElement().setAttribute("title", text);
            marker.getStyle().set("left", percent(c.currentOn()) + "%");
            track.add(marker);
        }
        row.add(track);
        return row;
    }

    private double percent(LocalDate day) {
        return Math.round(ChronoUnit.DAYS.between(from, day) * 1000.0 / days) / 10.0;
    }
}

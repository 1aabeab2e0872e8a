package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
 * The roadmap as an accessible HTML/CSS layout, no chart component: a list of initiatives on a shared time axis,
 * each row naming the initiative, its owner and phase beside its bar; the bar is a link (reached with Tab, opened
 * with Enter) carrying its own text (name, owner, dates, phase), checkpoints are markers that say their date and,
 * when moved, the original one. Positions are percentages of the axis, so it needs no script. The list is written as
 * one piece of HTML: a portfolio of hundreds of initiatives would otherwise cost thousands of server-side elements.
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
        this.from = roadmap.from();
        this.days = Math.max(1, ChronoUnit.DAYS.between(roadmap.from(), roadmap.to()));
        Locale locale = getLocale();
        add(pdf, new Paragraph(getTranslation("portfolio.roadmap.caption", Formats.date(roadmap.from(), locale),
                Formats.date(roadmap.to(), locale))));
        if (roadmap.bars().isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.roadmap.none")));
            return;
        }
        StringBuilder html = new StringBuilder(600 * roadmap.bars().size());
        html.append("<div class=\"samspill-roadmap-row samspill-roadmap-head\" aria-hidden=\"true\">")
                .append("<span class=\"samspill-roadmap-label\"></span><div class=\"samspill-roadmap-axis\">");
        for (int year = from.getYear(); year < roadmap.to().getYear(); year++) {
            html.append("<span class=\"samspill-roadmap-year\" style=\"left:")
                    .append(percent(LocalDate.of(year, 1, 1))).append("%\">").append(year).append("</span>");
        }
        html.append("</div></div>");
        roadmap.bars().forEach(b -> bar(html, b, locale));
        Div list = new Div();
        list.setId("roadmap");
        list.addClassName("samspill-roadmap");
        list.getElement().setAttribute("role", "list");
        list.getElement().setProperty("innerHTML", html.toString());
        add(list);
    }

    private void bar(StringBuilder html, RoadmapBar bar, Locale locale) {
        InitiativeRow i = bar.initiative();
        String phase = getTranslation(i.phase().labelKey());
        String text = getTranslation("portfolio.roadmap.bar", i.name(), i.ownerName(), Formats.date(i.start(), locale),
                Formats.date(i.end(), locale), phase);
        // the label column names the initiative; the bar shows its period, and says all of it to a screen reader
        String shown = getTranslation("portfolio.roadmap.bar-shown", Formats.date(i.start(), locale),
                Formats.date(i.end(), locale), phase);
        double left = percent(i.start());
        double width = Math.max(1, percent(i.end()) - left);
        html.append("<div class=\"samspill-roadmap-row\" role=\"listitem\"><span class=\"samspill-roadmap-label\">")
                .append("<strong>").append(CoverageTable.escape(i.name())).append("</strong><small>")
                .append(CoverageTable.escape(getTranslation("common.dashed", i.ownerName(), phase)))
                .append("</small></span><div class=\"samspill-roadmap-track\">")
                .append("<a class=\"samspill-roadmap-bar samspill-phase-").append(i.phase().name()
                        .toLowerCase(Locale.ROOT)).append("\" href=\"").append(PortfolioRoutes.initiative(i.id()))
                .append("\" aria-label=\"").append(CoverageTable.escape(text)).append("\" title=\"")
                .append(CoverageTable.escape(text)).append("\" style=\"left:").append(left).append("%;width:")
                .append(width).append("%\">").append(CoverageTable.escape(shown)).append("</a>");
        for (CheckpointRow c : bar.checkpoints()) {
            String label = c.moved()
                    ? getTranslation("portfolio.roadmap.moved", c.title(), Formats.date(c.currentOn(), locale),
                            Formats.date(c.originalOn(), locale))
                    : getTranslation("portfolio.roadmap.checkpoint", c.title(), Formats.date(c.currentOn(), locale));
            html.append("<span tabindex=\"0\" class=\"samspill-roadmap-checkpoint")
                    .append(c.moved() ? " samspill-roadmap-moved" : "").append("\" role=\"note\" aria-label=\"")
                    .append(CoverageTable.escape(label)).append("\" title=\"").append(CoverageTable.escape(label))
                    .append("\" style=\"left:").append(percent(c.currentOn())).append("%\">")
                    .append(CoverageTable.escape(c.moved() ? getTranslation("portfolio.roadmap.moved-shown",
                            Formats.date(c.currentOn(), locale), Formats.date(c.originalOn(), locale))
                            : Formats.date(c.currentOn(), locale))).append("</span>");
        }
        html.append("</div></div>");
    }

    private double percent(LocalDate day) {
        return Math.round(ChronoUnit.DAYS.between(from, day) * 1000.0 / days) / 10.0;
    }
}

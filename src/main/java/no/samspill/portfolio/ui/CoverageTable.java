package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import no.samspill.portfolio.Coverage;
import no.samspill.portfolio.GoalLevel;
import no.samspill.portfolio.GoalNode;
import no.samspill.portfolio.InitiativeRow;
import no.samspill.portfolio.PortfolioRoutes;
import no.samspill.portfolio.Weight;

/**
 * The coverage matrix as one piece of HTML: goals × initiatives reach tens of thousands of cells (100 goals and 500
 * initiatives are 50,000), and a server-side element per cell would cost far more to build and send than the table
 * is worth. Every text is escaped here, the only place the matrix's markup is written.
 */
final class CoverageTable {

    private CoverageTable() {
    }

    static String html(Coverage coverage) {
        UI ui = UI.getCurrent();
        Map<Weight, String> weights = new EnumMap<>(Weight.class);
        for (Weight w : Weight.values()) {
            weights.put(w, escape(ui.getTranslation(w.labelKey())));
        }
        String unserved = note(ui.getTranslation("portfolio.coverage.unserved"));
        String noGoal = note(ui.getTranslation("portfolio.coverage.no-goal"));
        StringBuilder out = new StringBuilder(64 * (coverage.goals().size() + 1) * (coverage.initiatives().size() + 1));
        out.append("<table id=\"coverage-matrix\" class=\"samspill-matrix\"><caption>")
                .append(escape(ui.getTranslation("portfolio.coverage.caption"))).append("</caption><thead><tr>")
                .append("<th scope=\"col\" class=\"samspill-matrix-corner\">")
                .append(escape(ui.getTranslation("portfolio.coverage.goal"))).append("</th>");
        for (InitiativeRow i : coverage.initiatives()) {
            boolean gap = coverage.initiativesWithoutGoal().contains(i.id());
            out.append(gap ? "<th scope=\"col\" class=\"samspill-matrix-gap\">" : "<th scope=\"col\">")
                    .append("<a href=\"").append(PortfolioRoutes.initiative(i.id())).append("\">")
                    .append(escape(i.name())).append("</a> <span class=\"samspill-matrix-owner\">")
                    .append(escape(i.ownerName())).append("</span>").append(gap ? noGoal : "").append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (GoalNode g : coverage.goals()) {
            boolean gap = coverage.unservedGoals().contains(g.key());
            out.append("<tr><th scope=\"row\" class=\"samspill-matrix-").append(g.level().name().toLowerCase(Locale.ROOT))
                    .append(gap ? " samspill-matrix-gap\">" : "\">")
                    .append(escape(ui.getTranslation(g.level().labelKey()) + ": " + g.title()))
                    .append(gap ? unserved : "").append("</th>");
            for (InitiativeRow i : coverage.initiatives()) {
                Weight w = g.level() == GoalLevel.AREA ? null : coverage.weight(g.key(), i.id()).orElse(null);
                if (w == null) {
                    out.append("<td></td>");
                } else {
                    out.append("<td class=\"samspill-weight-").append(w.name().toLowerCase(Locale.ROOT)).append("\">")
                            .append(weights.get(w)).append("</td>");
                }
            }
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    private static String note(String text) {
        return "<span class=\"samspill-matrix-note\">" + escape(text) + "</span>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

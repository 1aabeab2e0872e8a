package no.samspill.portfolio.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.Optional;
import no.samspill.platform.text.Formats;
import no.samspill.portfolio.GoalNode;
import no.samspill.portfolio.TargetPictureService;
import no.samspill.portfolio.TargetTree;
import no.samspill.portfolio.TargetVersionRow;

/** The current target picture as an indented tree, with its version, state and who adopted it when. */
class TargetPanel extends VerticalLayout {

    TargetPanel(TargetPictureService targets, long portfolioId) {
        setPadding(false);
        setId("target-picture");
        Optional<TargetTree> current = targets.current(portfolioId);
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation("portfolio.target.none")));
            return;
        }
        TargetTree tree = current.get();
        TargetVersionRow v = tree.version();
        add(new H2(getTranslation("portfolio.target.heading", v.number(), v.title(),
                getTranslation(v.state().labelKey()))));
        if (v.adoptedAt() != null) {
            add(new Paragraph(getTranslation("portfolio.target.adopted-by", Formats.date(v.adoptedAt(),
                    targets.zone(), getLocale()), v.adoptedBy())));
        }
        Div list = new Div();
        list.getElement().setAttribute("role", "list");
        for (GoalNode g : tree.goals()) {
            Div item = new Div(new Span(getTranslation(g.level().labelKey()) + ": " + g.title()));
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("samspill-goal-" + g.level().name().toLowerCase(Locale.ROOT));
            if (!g.description().isBlank()) {
                item.add(new Paragraph(g.description()));
            }
            list.add(item);
        }
        add(list);
    }
}

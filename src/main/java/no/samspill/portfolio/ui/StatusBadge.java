package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import no.samspill.portfolio.StatusColour;
import org.jspecify.annotations.Nullable;

/** A status as colour, icon and word, readable without colour (as the action plan's badges are). */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(@Nullable StatusColour colour) {
        UI ui = UI.getCurrent();
        if (colour == null) {
            Span none = new Span(ui.getTranslation("portfolio.status.not-reported"));
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
        Span badge = new Span(icon, new Span(ui.getTranslation(colour.labelKey())));
        badge.addClassNames("samspill-status", "samspill-status-" + colour.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}

package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Locale;
import no.samspill.portfolio.StatusColour;
import org.jspecify.annotations.Nullable;

/** A status as colour, icon and word, readable without colour (as the action plan's badges are). */
final class StatusBadge {

    private StatusBadge() {
    }

    /**
     * The same badge as a grid cell's template, for lists of hundreds of rows where a component per cell would cost
     * a server-side element tree each.
     */
    static <T> LitRenderer<T> renderer(SerializableFunction<T, @Nullable StatusColour> colour) {
        UI ui = UI.getCurrent();
        String none = ui.getTranslation("portfolio.status.not-reported");
        return LitRenderer.<T>of("<span class=\"samspill-status ${item.css}\"><vaadin-icon icon=\"${item.icon}\""
                + " aria-hidden=\"true\" ?hidden=\"${!item.icon}\"></vaadin-icon><span>${item.label}</span></span>")
                .withProperty("css", t -> css(colour.apply(t)))
                .withProperty("icon", t -> iconName(colour.apply(t)))
                .withProperty("label", t -> label(ui, colour.apply(t), none));
    }

    private static String css(@Nullable StatusColour c) {
        return c == null ? "" : "samspill-status-" + c.name().toLowerCase(Locale.ROOT);
    }

    private static String iconName(@Nullable StatusColour c) {
        return c == null ? "" : "vaadin:" + icon(c).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String label(UI ui, @Nullable StatusColour c, String none) {
        return c == null ? none : ui.getTranslation(c.labelKey());
    }

    private static VaadinIcon icon(StatusColour colour) {
        return switch (colour) {
            case GREEN -> VaadinIcon.CHECK_CIRCLE_O;
            case YELLOW -> VaadinIcon.CLOCK;
            case RED -> VaadinIcon.EXCLAMATION_CIRCLE_O;
        };
    }

    static Span of(@Nullable StatusColour colour) {
        UI ui = UI.getCurrent();
        if (colour == null) {
            Span none = new Span(ui.getTranslation("portfolio.status.not-reported"));
            none.addClassName("samspill-status");
            return none;
        }
        Icon icon = icon(colour).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(ui.getTranslation(colour.labelKey())));
        badge.addClassNames("samspill-status", "samspill-status-" + colour.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}

package no.samspill.actionplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.samspill.actionplan.ItemStatus;

/** Status as colour, icon and word together, so it reads without colour too (WCAG 1.4.1). */
final class StatusBadges {

    private StatusBadges() {
    }

    static Span of(ItemStatus status) {
        VaadinIcon icon = switch (status) {
            case GREEN -> VaadinIcon.CHECK_CIRCLE_O;
            case YELLOW -> VaadinIcon.CLOCK;
            case RED -> VaadinIcon.PAUSE;
            case DONE -> VaadinIcon.FLAG_CHECKERED;
        };
        return badge(icon, UI.getCurrent().getTranslation(status.labelKey()),
                "samspill-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    static Span flag(VaadinIcon icon, String labelKey) {
        return badge(icon, UI.getCurrent().getTranslation(labelKey), "samspill-flag");
    }

    private static Span badge(VaadinIcon vaadinIcon, String text, String className) {
        Icon icon = vaadinIcon.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span badge = new Span(icon, new Span(text));
        badge.addClassNames("samspill-status", className);
        return badge;
    }
}

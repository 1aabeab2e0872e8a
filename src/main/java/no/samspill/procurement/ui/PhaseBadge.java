package no.samspill.procurement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import no.samspill.procurement.Phase;

/** A phase as a small badge; the contract phases are shown as done. */
final class PhaseBadge {

    private PhaseBadge() {
    }

    static Span of(Phase phase) {
        Span badge = new Span(UI.getCurrent().getTranslation(phase.labelKey()));
        badge.getElement().getThemeList().add(phase.ordinal() >= Phase.CONTRACT.ordinal() ? "badge success"
                : "badge");
        return badge;
    }
}

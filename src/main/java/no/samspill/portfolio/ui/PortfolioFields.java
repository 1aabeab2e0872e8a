package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.platform.ui.TextLimits;

/** The portfolio forms' text fields: labelled, with an id for tests, and the limit that never cuts what was typed. */
final class PortfolioFields {

    private PortfolioFields() {
    }

    static TextField text(String labelKey, String id, int max) {
        TextField field = new TextField(UI.getCurrent().getTranslation(labelKey));
        field.setId(id);
        TextLimits.apply(field, max);
        return field;
    }

    static TextArea area(String labelKey, String id, int max) {
        TextArea area = new TextArea(UI.getCurrent().getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        TextLimits.apply(area, max);
        return area;
    }
}

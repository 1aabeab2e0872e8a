package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What the steering group page's sections share: no padding of their own, and the button above their grid. */
abstract class SteeringSections extends VerticalLayout {

    SteeringSections() {
        setPadding(false);
    }

    Button button(String key, String id, VaadinIcon icon, Runnable action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> action.run());
        b.setId(id);
        return b;
    }
}

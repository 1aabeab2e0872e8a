package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A titled box, as the dashboard shows them. */
public class Card extends Div {

    public Card(String title, Component... content) {
        addClassName("samspill-card");
        H2 heading = new H2(title);
        heading.addClassName("samspill-card-title");
        add(heading);
        add(content);
    }
}

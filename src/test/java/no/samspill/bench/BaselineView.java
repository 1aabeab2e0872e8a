package no.samspill.bench;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.annotation.security.PermitAll;

/**
 * The bare view the benchmark compares every real view with: a text and a button, in the portal's layout. It has
 * no @Route on purpose: the benchmark registers it (twice, under two paths) only in its own run, so no test or
 * production scan ever finds it.
 */
@PermitAll
public class BaselineView extends VerticalLayout {

    /** The button's element id, which the load benchmark's client clicks. */
    public static final String BUTTON_ID = "baseline-click";

    /** Builds the text and the button; nothing touches the database. */
    public BaselineView() {
        Span text = new Span("Baseline");
        Button button = new Button("Klikk", e -> text.setText("Klikket"));
        button.setId(BUTTON_ID);
        add(text, button);
    }

    /** The second path, so that a navigation from one to the other builds a new view. */
    @PermitAll
    public static class Other extends BaselineView {
    }
}

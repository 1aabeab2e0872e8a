package no.samspill.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The pages outside the main layout (setting a password, forgot password, invitations): one box, centred on the
 * login page's background, which the page fills.
 */
abstract class BoxPage extends VerticalLayout {

    protected final Div box = new Div();

    BoxPage() {
        addClassName("samspill-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        box.addClassName("samspill-login-box");
        add(box);
    }
}

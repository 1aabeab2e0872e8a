package no.samspill.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly page behind every error view: a heading, one sentence and the way home, never a stack trace. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        addClassName("samspill-error-page");
        setAlignItems(Alignment.CENTER);
    }

    void show(String titleKey, String messageKey, Object... args) {
        removeAll();
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey, args)),
                new Anchor("", getTranslation("error.home")));
    }
}

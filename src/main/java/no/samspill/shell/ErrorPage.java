package no.samspill.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import no.samspill.platform.ui.PageTitles;

/**
 * The friendly page behind every error view: a heading, one sentence and the way home, never a stack trace. Its
 * heading is also the document title, which a screen reader announces first and a browser tab shows.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassName("samspill-error-page");
        setAlignItems(Alignment.CENTER);
    }

    void show(String titleKey, String messageKey, Object... args) {
        removeAll();
        title(getTranslation(titleKey));
        add(new H1(title), new Paragraph(getTranslation(messageKey, args)),
                new Anchor("", getTranslation("error.home")));
    }

    void title(String text) {
        title = text;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}

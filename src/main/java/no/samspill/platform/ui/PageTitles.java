package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;

/** The browser tab's text: what the page shows, then the portal's name, in the reader's language. */
public final class PageTitles {

    private PageTitles() {
    }

    /** "Projects – Samspill" for the already translated title "Projects". */
    public static String of(String title) {
        UI ui = UI.getCurrent();
        return ui.getTranslation("app.page-title", title, ui.getTranslation("app.name"));
    }

    /** The title of a list page, from its message key. */
    public static String ofKey(String titleKey) {
        return of(UI.getCurrent().getTranslation(titleKey));
    }
}

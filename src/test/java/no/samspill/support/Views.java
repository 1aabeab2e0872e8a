package no.samspill.support;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for Karibu view tests. */
public final class Views {

    private Views() {
    }

    /** Selects the tab with this label in the page's tab sheet, as a click on it would. */
    public static void selectTab(String label) {
        com.vaadin.flow.component.tabs.TabSheet sheet = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        com.vaadin.flow.component.tabs.Tabs tabs = com.github.mvysny.kaributesting.v10.TabSheetsKt.get_tabs(sheet);
        for (int i = 0; i < tabs.getComponentCount(); i++) {
            if (((com.vaadin.flow.component.tabs.Tab) tabs.getComponentAt(i)).getLabel().equals(label)) {
                sheet.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("No tab " + label);
    }

    public static String heading() {
        return _get(H1.class).getText();
    }

    public static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    public static String t(Locale locale, String key) {
        return UI.getCurrent().getTranslation(locale, key);
    }

    /**
     * Opening the route must not show it: Vaadin either refuses the navigation (Karibu throws) or routes to our
     * error view, which says "no access" (or "not found", as production mode hides that the route exists).
     */
    public static void assertNavigationDenied(String route) {
        try {
            UI.getCurrent().navigate(route);
        } catch (MockAccessDeniedException expected) {
            return;
        }
        assertThat(heading()).isIn(t("error.forbidden.title"), t("error.not-found.title"));
    }
}

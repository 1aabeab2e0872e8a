package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import no.samspill.platform.i18n.Translator;

/**
 * The small glue of a page's text, from the bundles rather than the code, so a language can punctuate its own way:
 * "Label: value", a line of facts "9 Dec 2026 · Oslo · 45 minutes" and "A – B". The page's own language; files
 * made for a reader use the same words of their {@link Translator}.
 */
public final class Phrases {

    private Phrases() {
    }

    /** "To: the steering group" for the label's key and the (already readable) value. */
    public static String labelled(String labelKey, String value) {
        return page().labelled(labelKey, value);
    }

    /** The facts of one line, in order; empty ones are left out, so no separator stands alone. */
    public static String facts(String... parts) {
        return page().facts(parts);
    }

    /** "A – B": a thing and what qualifies it, or the two ends of a period. */
    public static String dashed(String first, String second) {
        return page().dashed(first, second);
    }

    private static Translator page() {
        UI ui = UI.getCurrent();
        return Translator.of(ui.getLocale(), ui::getTranslation);
    }
}

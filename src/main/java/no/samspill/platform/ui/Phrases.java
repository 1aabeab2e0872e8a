package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The small glue of a page's text, from the bundles rather than the code, so a language can punctuate its own way:
 * "Label: value" (common.labelled) and a line of facts "9 Dec 2026 · Oslo · 45 minutes" (common.separator).
 */
public final class Phrases {

    private Phrases() {
    }

    /** "To: the steering group" for the label's key and the (already readable) value. */
    public static String labelled(String labelKey, String value) {
        UI ui = UI.getCurrent();
        return ui.getTranslation("common.labelled", ui.getTranslation(labelKey), value);
    }

    /** The facts of one line, in order; empty ones are left out, so no separator stands alone. */
    public static String facts(String... parts) {
        String separator = UI.getCurrent().getTranslation("common.separator");
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(separator));
    }
}

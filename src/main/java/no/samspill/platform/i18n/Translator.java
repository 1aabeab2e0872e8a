package no.samspill.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Texts in one reader's language, for what is made outside a page's request: exports, PDFs and mails. A view
 * makes one from its UI ({@code Downloads.translator()}); services take it instead of a locale and a lookup
 * function side by side, so the two cannot disagree.
 */
public interface Translator {

    Locale locale();

    /** The bundle text for the key in {@link #locale()}, with MessageFormat arguments. */
    String text(String key, Object... args);

    /** "To: the steering group" (common.labelled) for a label's key and an already readable value. */
    default String labelled(String labelKey, String value) {
        return text("common.labelled", text(labelKey), value);
    }

    /** The facts of one line joined by the language's separator (common.separator); empty ones are left out. */
    default String facts(String... parts) {
        String separator = text("common.separator");
        return Arrays.stream(parts).filter(p -> !p.isEmpty()).collect(Collectors.joining(separator));
    }

    /** "A – B" (common.dashed): a thing and what qualifies it, or the two ends of a period. */
    default String dashed(String first, String second) {
        return text("common.dashed", first, second);
    }

    /** A translator over any lookup, for example an I18NProvider or a test's fixed map. */
    static Translator of(Locale locale, Lookup lookup) {
        return new Translator() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String text(String key, Object... args) {
                return lookup.text(locale, key, args);
            }
        };
    }

    @FunctionalInterface
    interface Lookup {
        String text(Locale locale, String key, Object... args);
    }
}

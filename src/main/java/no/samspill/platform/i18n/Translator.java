package no.samspill.platform.i18n;

import java.util.Locale;

/**
 * Texts in one reader's language, for what is made outside a page's request: exports, PDFs and mails. A view
 * makes one from its UI ({@code Downloads.translator()}); services take it instead of a locale and a lookup
 * function side by side, so the two cannot disagree.
 */
public interface Translator {

    Locale locale();

    /** The bundle text for the key in {@link #locale()}, with MessageFormat arguments. */
    String text(String key, Object... args);

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

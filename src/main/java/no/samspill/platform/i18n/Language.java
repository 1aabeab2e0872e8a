package no.samspill.platform.i18n;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Samspill speaks. Bokmål is the default, as most of the first tenants are Norwegian. */
public enum Language {
    NB(Locale.of("nb")),
    DA(Locale.of("da")),
    EN(Locale.ENGLISH);

    public static final Language DEFAULT = NB;
    /** VaadinSession attribute holding a language chosen in this browser session; it wins over the saved one. */
    public static final String SESSION_ATTRIBUTE = "samspill.language";

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** Tells the browser (and screen readers) the page's language, as WCAG 3.1.1 asks. */
    public void applyTo(UI ui) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", code());
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    /** Norwegian "no"/"nn" and browsers' "nb-NO" map to bokmål; anything unknown falls back to the default. */
    public static Language of(Locale locale) {
        String lang = locale.getLanguage();
        if (lang.equals("no") || lang.equals("nn")) {
            return NB;
        }
        return ofCode(lang).orElse(DEFAULT);
    }
}

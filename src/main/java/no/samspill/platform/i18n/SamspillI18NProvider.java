package no.samspill.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text comes from vaadin-i18n/translations_{nb,da,en}.properties. Unlike Vaadin's default provider it
 * maps Norwegian browser locales (no, nn, nb-NO) to bokmål, never falls back to the JVM's locale, and makes a
 * missing key visible instead of silently showing another language.
 */
@Component
public class SamspillI18NProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(SamspillI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, language);
            return "!" + language.code() + ": " + key;
        }
    }
}

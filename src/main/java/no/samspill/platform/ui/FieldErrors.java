package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.samspill.platform.i18n.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Puts a refusal on the field it is about, in dialogs and on pages alike. A form binds message keys to its fields;
 * when a change is refused with a bound key (the exact key, or a bound prefix of it: "password.error." catches every
 * password refusal), the message appears under that field, where a screen reader reads it with the field, instead of
 * in a notification. Every other failure is a general one and goes to {@link Changes} (a message that stays). What
 * was typed is never touched.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Named> named = new LinkedHashMap<>();

    private record Named(HasValidation field, String messageKey) {
    }

    /** Shows refusals whose message key starts with this key on the field (a longer bound key wins). */
    public FieldErrors bind(HasValidation field, String messageKey) {
        fields.put(messageKey, field);
        return this;
    }

    /** Shows refusals with any of these message keys (or key prefixes) on the field. */
    public FieldErrors bind(HasValidation field, String messageKey, String... moreKeys) {
        bind(field, messageKey);
        for (String key : moreKeys) {
            bind(field, key);
        }
        return this;
    }

    /**
     * Marks the field with the message of {@code messageKey} when a refusal names it among its fields
     * ({@link ValidationException#about}); the refusal's own message is then shown as a general error too.
     */
    public FieldErrors bindName(HasValidation field, String fieldName, String messageKey) {
        named.put(fieldName, new Named(field, messageKey));
        return this;
    }

    /** Clears earlier field errors, runs the change; returns false when it was refused or failed. */
    public boolean run(Runnable change) {
        fields.values().forEach(f -> mark(f, null));
        named.values().forEach(n -> mark(n.field(), null));
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            report(e);
            return false;
        }
    }

    /** Shows a failure on its bound field, or as a general error when no field is bound to its key. */
    public void report(RuntimeException e) {
        if (e instanceof ValidationException v) {
            v.fields().stream().map(named::get).filter(java.util.Objects::nonNull)
                    .forEach(n -> mark(n.field(), ((Component) n.field()).getTranslation(n.messageKey())));
        }
        HasValidation field = e instanceof ValidationException v ? fieldFor(v.messageKey()) : null;
        if (field == null) {
            Changes.report(e);
        } else {
            ValidationException v = (ValidationException) e;
            Component c = (Component) field;
            // dates and times in the reader's own format, as in a general error
            Locale locale = c.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
            mark(field, c.getTranslation(v.messageKey(), Notify.readable(v.args(), locale)));
        }
    }

    /** The one way a field shows a message of its own, or (null) stops showing one. */
    public static void mark(HasValidation field, @Nullable String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    /** The field bound to the longest key that the message key starts with (so an exact binding wins). */
    private @Nullable HasValidation fieldFor(String key) {
        return fields.entrySet().stream().filter(f -> key.startsWith(f.getKey()))
                .max(Comparator.comparingInt(f -> f.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }
}

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
 * Puts a refusal on the field it is about. A form binds message keys to its fields; when a change is refused with a
 * bound key (the exact key, or a bound prefix of it: "password.error." catches every password refusal), the message
 * appears under that field instead of in a notification. Every other failure goes to {@link Changes}. What was
 * typed is never touched.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Shows refusals whose message key starts with this key on the field (a longer bound key wins). */
    public FieldErrors bind(HasValidation field, String messageKey) {
        fields.put(messageKey, field);
        return this;
    }

    /** Clears earlier field errors, runs the change; returns false when it was refused or failed. */
    public boolean run(Runnable change) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            return true;
        } catch (ValidationException e) {
            HasValidation field = fieldFor(e.messageKey());
            if (field == null) {
                Changes.report(e);
            } else {
                Component c = (Component) field;
                Locale locale = c.getUI().map(UI::getLocale).orElseGet(() -> UI.getCurrent().getLocale());
                field.setErrorMessage(c.getTranslation(e.messageKey(), Notify.readable(e.args(), locale)));
                field.setInvalid(true);
            }
            return false;
        } catch (RuntimeException e) {
            Changes.report(e);
            return false;
        }
    }

    /** The field bound to the longest key that the message key starts with (so an exact binding wins). */
    private @Nullable HasValidation fieldFor(String key) {
        return fields.entrySet().stream().filter(f -> key.startsWith(f.getKey()))
                .max(Comparator.comparingInt(f -> f.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }
}

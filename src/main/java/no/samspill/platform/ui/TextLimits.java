package no.samspill.platform.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.jspecify.annotations.Nullable;

/**
 * A length limit that never cuts what a user typed or pasted (the browser's maxlength does, silently): the field
 * counts as the user types near the limit, says when the text is too long and keeps it, and the service refuses
 * to save it with the same limit. Every text field with a limit goes through here (ViewRulesTest), not through
 * setMaxLength; password fields keep theirs, where a counter would tell too much.
 */
public final class TextLimits {

    private static final String OWN_ERROR = "samspill.too-long";

    private TextLimits() {
    }

    public static void apply(TextFieldBase<?, String> field, int max) {
        // the server owns "invalid" here: Vaadin's own validation would clear it at the next value or blur
        switch (field) {
            case TextArea f -> f.setManualValidation(true);
            case TextField f -> f.setManualValidation(true);
            case EmailField f -> f.setManualValidation(true);
            case PasswordField f -> f.setManualValidation(true);
            default -> throw new IllegalArgumentException("no manual validation for " + field.getClass());
        }
        String own = field.getHelperText();
        // counted in the browser at each key, without a round trip; the server checks at each value it gets
        // (shown from 80 % of the limit on: below it a counter is only noise)
        field.getElement().executeJs("const field = this; const pattern = $0; const own = $1; const from = $2;"
                + " field.addEventListener('input', () => { const n = field.value.length;"
                + " field.helperText = n >= from ? pattern.replace('{n}', String(n)) : own; });",
                helper(field, own, "{n}", max), own == null ? "" : own, shownFrom(max));
        field.addValueChangeListener(e -> check(field, own, max));
        check(field, own, max);
    }

    private static String helper(TextFieldBase<?, String> field, @Nullable String own, Object length, int max) {
        String counter = field.getTranslation("common.length.counter", length, max);
        return own == null || own.isBlank() ? counter : field.getTranslation("common.length.with-help", own, counter);
    }

    private static int shownFrom(int max) {
        return max * 8 / 10;
    }

    private static void check(TextFieldBase<?, String> field, @Nullable String own, int max) {
        int length = field.getValue().length();
        field.setHelperText(length >= shownFrom(max) ? helper(field, own, length, max) : own);
        boolean tooLong = length > max;
        if (tooLong) {
            field.setErrorMessage(field.getTranslation("common.length.too-long", length, max));
            field.setInvalid(true);
        } else if (Boolean.TRUE.equals(ComponentUtil.getData(field, OWN_ERROR))) {
            // only our own message is cleared here; a refusal bound by FieldErrors stays until the next save
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        ComponentUtil.setData(field, OWN_ERROR, tooLong ? Boolean.TRUE : null);
    }
}

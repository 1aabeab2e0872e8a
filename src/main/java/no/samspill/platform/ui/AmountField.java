package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Optional;
import no.samspill.platform.text.Amounts;
import org.jspecify.annotations.Nullable;

/**
 * A field for amounts that takes what people paste: "12 500 000" or "12.500.000" in Norwegian and Danish,
 * "12,500,000" in English (Vaadin's number fields empty themselves at a space). Text that is not an amount stays in
 * the field, marked invalid with a message that says how to write one; the value is then empty, so a save refuses
 * it rather than storing nothing.
 */
public class AmountField extends CustomField<@Nullable BigDecimal> {

    private final TextField text = new TextField();

    public AmountField() {
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.setAllowedCharPattern("[0-9 .,\\-\u00a0\u202f']");
        text.addValueChangeListener(e -> {
            boolean bad = !e.getValue().isBlank() && parsed().isEmpty();
            setInvalid(bad);
            setErrorMessage(bad ? getTranslation("common.amount.invalid") : null);
            parsed().ifPresent(amount -> text.setValue(Amounts.format(amount, getLocale())));
            // the custom field also updates on the browser's change event; this covers changes made on the server
            updateValue();
        });
        add(text);
    }

    public AmountField(String label) {
        this();
        setLabel(label);
    }

    /**
     * The label is the custom field's; the text field inside gets it as its accessible name too, since its own label
     * element stays empty and hidden (axe: "Form element has explicit label that is hidden").
     */
    @Override
    public void setLabel(@Nullable String label) {
        super.setLabel(label);
        text.setAriaLabel(label);
    }

    /** A unit after the number, e.g. the currency. */
    public void setSuffixComponent(Component suffix) {
        text.setSuffixComponent(suffix);
    }

    /** True when the field holds text that is not an amount (the value is then empty). */
    public boolean hasBadInput() {
        return !text.getValue().isBlank() && parsed().isEmpty();
    }

    @Override
    protected @Nullable BigDecimal generateModelValue() {
        return parsed().orElse(null);
    }

    @Override
    protected void setPresentationValue(@Nullable BigDecimal amount) {
        text.setValue(amount == null ? "" : Amounts.format(amount, getLocale()));
        setInvalid(false);
    }

    private Optional<BigDecimal> parsed() {
        return Amounts.parse(text.getValue(), getLocale());
    }
}

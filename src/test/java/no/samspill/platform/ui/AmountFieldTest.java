package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** An amount pasted the Nordic way is taken; text that is no amount stays, with a word on why it was refused. */
class AmountFieldTest extends KaribuTest {

    @Test
    void a_pasted_amount_with_spaces_or_dots_is_taken_and_shown_grouped() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        AmountField field = new AmountField("Beløp");
        UI.getCurrent().add(field);
        TextField text = _get(field, TextField.class);
        assertThat(text.getAriaLabel()).as("the inner field is named by the label, for a screen reader and axe")
                .contains("Beløp");

        _setValue(text, "12.500.000");
        assertThat(field.getValue()).isEqualByComparingTo(new BigDecimal("12500000"));
        assertThat(text.getValue()).isEqualTo("12 500 000");
        assertThat(field.isInvalid()).isFalse();

        _setValue(text, "12 500 000,50");
        assertThat(field.getValue()).isEqualByComparingTo(new BigDecimal("12500000.50"));
    }

    @Test
    void text_that_is_no_amount_stays_in_the_field_with_a_message() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        AmountField field = new AmountField("Beløp");
        UI.getCurrent().add(field);
        field.setValue(new BigDecimal("10"));
        TextField text = _get(field, TextField.class);

        _setValue(text, "12.50");
        assertThat(text.getValue()).as("what was typed is kept").isEqualTo("12.50");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(t("common.amount.invalid"));
        assertThat(field.hasBadInput()).isTrue();
        assertThat(field.getValue()).isNull();
    }
}

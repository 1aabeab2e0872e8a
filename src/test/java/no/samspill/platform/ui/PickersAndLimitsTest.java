package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import no.samspill.platform.i18n.Language;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Date pickers speak the reader's language, Monday first; a length limit counts and warns, and never cuts. */
class PickersAndLimitsTest extends KaribuTest {

    @Test
    void date_pickers_have_the_readers_month_and_day_names_monday_first() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        DatePicker nb = DatePickers.date("Dato");
        assertThat(nb.getI18n().getMonthNames()).startsWith("Januar", "Februar");
        assertThat(nb.getI18n().getWeekdaysShort()).startsWith("Søn", "Man");
        assertThat(nb.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(nb.getI18n().getToday()).isEqualTo("I dag");
        assertThat(nb.getI18n().getCancel()).isEqualTo("Avbryt");

        Language.DA.applyTo(UI.getCurrent());
        DatePicker da = DatePickers.date("Dato");
        assertThat(da.getI18n().getMonthNames()).startsWith("Januar", "Februar");
        assertThat(da.getI18n().getCancel()).isEqualTo("Annuller");
        assertThat(da.getI18n().getToday()).isEqualTo("I dag");

        Language.EN.applyTo(UI.getCurrent());
        DateTimePicker en = DatePickers.dateTime("When");
        assertThat(en.getLocale()).as("24-hour times").isEqualTo(Locale.UK);
        assertThat(en.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(en.getDatePickerI18n().getDateFormats()).contains("dd/MM/yyyy");
    }

    @Test
    void a_text_over_its_limit_is_kept_whole_and_marked() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        TextArea area = new TextArea("Kommentar");
        TextLimits.apply(area, 10);
        UI.getCurrent().add(area);
        assertThat(area.getMaxLength()).as("no browser limit that cuts a paste").isZero();
        assertThat(area.getHelperText()).as("no counter far from the limit").isNullOrEmpty();

        _setValue(area, "x".repeat(15));
        assertThat(area.getValue()).hasSize(15);
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo(t("common.length.too-long", 15, 10));

        _setValue(area, "x".repeat(10));
        assertThat(area.isInvalid()).isFalse();
        assertThat(area.getHelperText()).isEqualTo(t("common.length.counter", 10, 10));
    }
}

package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every date and date-time picker of the portal, in the reader's language: month and day names, Monday first,
 * "I dag"/"Avbryt", and day-month-year input with 24-hour times also in English (the Nordic reader's English).
 * Views create pickers only here (ViewRulesTest), so that no picker falls back to the component's US English.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker date() {
        return date("");
    }

    public static DatePicker date(String label, java.time.@Nullable LocalDate value) {
        DatePicker picker = date(label);
        picker.setValue(value);
        return picker;
    }

    public static DatePicker date(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = UI.getCurrent().getLocale();
        picker.setLocale(pickerLocale(locale));
        picker.setI18n(i18n(locale));
        return picker;
    }

    public static DateTimePicker dateTime() {
        return dateTime("");
    }

    public static DateTimePicker dateTime(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        Locale locale = UI.getCurrent().getLocale();
        picker.setLocale(pickerLocale(locale));
        picker.setDatePickerI18n(i18n(locale));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Locale locale) {
        UI ui = UI.getCurrent();
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                locale)).map(DatePickers::capitalised).toList();
        // Sunday first, as the component counts; firstDayOfWeek turns the calendar to Monday
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> capitalised(d.getDisplayName(
                        TextStyle.SHORT_STANDALONE, locale)).replace(".", "")).toList())
                .setFirstDayOfWeek(1)
                .setToday(ui.getTranslation("common.today"))
                .setCancel(ui.getTranslation("common.cancel"))
                .setDateFormat("en".equals(locale.getLanguage()) ? "dd/MM/yyyy" : "dd.MM.yyyy");
    }

    // British English writes 24-hour times and day before month; the portal's "en" is read in the Nordics
    private static Locale pickerLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

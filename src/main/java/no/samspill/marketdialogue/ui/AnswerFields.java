package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.samspill.platform.ui.AmountField;
import no.samspill.marketdialogue.AnswerInput;
import no.samspill.marketdialogue.AnswerValue;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.QuestionView;
import org.jspecify.annotations.Nullable;

/**
 * The input for each question type, filled with the saved answer. It reports the user's changes as AnswerInput;
 * free text saves after a pause in typing, so a draft is never more than a moment behind.
 */
final class AnswerFields {

    private AnswerFields() {
    }

    /** A question's input; each kind is a field that can show a message of its own. */
    record Field(AbstractField<?, ?> component) {

        HasValidation validation() {
            return (HasValidation) component;
        }
    }

    static Field create(QuestionView q, @Nullable AnswerValue saved, boolean editable, Consumer<AnswerInput> onChange) {
        UI ui = UI.getCurrent();
        String label = q.number() + " " + q.text() + (q.required() ? " *" : "");
        Field field = switch (q.type()) {
            case FREE_TEXT -> freeText(q, saved, onChange, ui, label);
            case NUMBER -> number(q, saved, onChange, ui, label);
            case YES_NO -> {
                RadioButtonGroup<Boolean> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
                yesNo.setItemLabelGenerator(b -> ui.getTranslation(b ? "common.yes" : "common.no"));
                if (saved != null && saved.yes() != null) {
                    yesNo.setValue(saved.yes());
                }
                yesNo.addValueChangeListener(e -> fromClient(e, () -> onChange.accept(AnswerInput.yesNo(e.getValue()))));
                yield new Field(yesNo);
            }
            case SINGLE_CHOICE -> {
                RadioButtonGroup<String> single = new RadioButtonGroup<>(label);
                single.setItems(q.options());
                if (saved != null && !saved.choices().isEmpty()) {
                    single.setValue(saved.choices().getFirst());
                }
                single.addValueChangeListener(e -> fromClient(e, () -> onChange.accept(AnswerInput.choices(
                        e.getValue() == null ? Set.of() : Set.of(e.getValue())))));
                yield new Field(single);
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> multi = new CheckboxGroup<>(label);
                multi.setItems(q.options());
                if (saved != null) {
                    multi.setValue(new HashSet<>(saved.choices()));
                }
                multi.addValueChangeListener(e -> fromClient(e, () -> onChange.accept(AnswerInput.choices(e.getValue()))));
                yield new Field(multi);
            }
            case FILE -> throw new IllegalArgumentException("file questions are answered with FileAnswerField");
        };
        field.component().setReadOnly(!editable);
        field.component().setId("answer-" + q.id());
        return field;
    }

    private static Field freeText(QuestionView q, @Nullable AnswerValue saved, Consumer<AnswerInput> onChange, UI ui,
            String label) {
        int max = q.maxLength() == null ? DialogueRules.FREE_TEXT_DEFAULT : q.maxLength();
        TextArea text = new TextArea(label);
        text.setWidthFull();
        text.setValue(saved == null || saved.text() == null ? "" : saved.text());
        text.setHelperText(ui.getTranslation("respond.length", text.getValue().length(), max));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(1500);
        text.addValueChangeListener(e -> {
            text.setHelperText(ui.getTranslation("respond.length", e.getValue().length(), max));
            fromClient(e, () -> onChange.accept(AnswerInput.text(e.getValue())));
        });
        return new Field(text);
    }

    private static Field number(QuestionView q, @Nullable AnswerValue saved, Consumer<AnswerInput> onChange, UI ui,
            String label) {
        AmountField number = new AmountField(label);
        number.setWidthFull();
        number.setMaxWidth("40rem");
        if (q.unit() != null) {
            number.setSuffixComponent(new com.vaadin.flow.component.html.Span(q.unit()));
        }
        if (saved != null) {
            number.setValue(saved.number());
        }
        number.addValueChangeListener(e -> {
            // text that is not a number arrives as an empty value: keep the saved answer rather than wipe it
            if (!number.hasBadInput()) {
                fromClient(e, () -> onChange.accept(AnswerInput.number(e.getValue())));
            }
        });
        return new Field(number);
    }

    private static void fromClient(HasValue.ValueChangeEvent<?> e, Runnable save) {
        if (e.isFromClient()) {
            save.run();
        }
    }
}

package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.QuestionForm;
import no.samspill.marketdialogue.QuestionType;
import no.samspill.marketdialogue.QuestionView;
import no.samspill.platform.ui.FormDialog;
import org.jspecify.annotations.Nullable;

/** A question's text, type and type settings; the settings shown follow the type chosen. */
class QuestionDialog extends Dialog {

    QuestionDialog(@Nullable QuestionView existing, Consumer<QuestionForm> save, Runnable onSaved) {
        setHeaderTitle(existing == null ? getTranslation("question.add")
                : getTranslation("question.edit", existing.number()));
        setWidth("40rem");
        TextArea text = new TextArea(getTranslation("question.text"));
        TextLimits.apply(text, DialogueRules.QUESTION_MAX);
        text.setWidthFull();
        Select<QuestionType> type = new Select<>();
        type.setLabel(getTranslation("question.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        Checkbox required = new Checkbox(getTranslation("question.required"));
        IntegerField maxLength = new IntegerField(getTranslation("question.max-length"));
        maxLength.setMin(1);
        maxLength.setMax(DialogueRules.FREE_TEXT_MAX);
        maxLength.setValue(DialogueRules.FREE_TEXT_DEFAULT);
        TextField unit = new TextField(getTranslation("question.unit"));
        TextLimits.apply(unit, DialogueRules.UNIT_MAX);
        TextArea options = new TextArea(getTranslation("question.options"));
        options.setHelperText(getTranslation("question.options.help"));
        options.setWidthFull();
        type.addValueChangeListener(e -> {
            QuestionType t = e.getValue();
            maxLength.setVisible(t == QuestionType.FREE_TEXT);
            unit.setVisible(t == QuestionType.NUMBER);
            options.setVisible(t != null && t.hasOptions());
        });
        if (existing == null) {
            type.setValue(QuestionType.FREE_TEXT);
        } else {
            text.setValue(existing.text());
            type.setValue(existing.type());
            required.setValue(existing.required());
            if (existing.maxLength() != null) {
                maxLength.setValue(existing.maxLength());
            }
            unit.setValue(existing.unit() == null ? "" : existing.unit());
            options.setValue(String.join("\n", existing.options()));
        }
        FormLayout form = new FormLayout(text, type, required, maxLength, unit, options);
        form.setColspan(text, 2);
        form.setColspan(options, 2);
        add(form);
        FormDialog.saveCancel(this, "save-question", () -> {
            List<String> lines = Arrays.stream(options.getValue().split("\\R")).toList();
            save.accept(new QuestionForm(text.getValue(), type.getValue(), maxLength.getValue(), unit.getValue(),
                    type.getValue().hasOptions() ? lines : List.of(), required.getValue()));
            onSaved.run();
        });
        text.focus();
    }
}

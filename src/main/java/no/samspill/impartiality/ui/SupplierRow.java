package no.samspill.impartiality.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import no.samspill.impartiality.AnswerInput;
import no.samspill.impartiality.SupplierAnswer;
import no.samspill.impartiality.TemplateView;
import no.samspill.impartiality.TieKind;

/**
 * One supplier on the declaration form: "no ties" or "a tie", and for a tie its kinds (the template's statutory
 * questions) and an explanation. Nothing chosen is "not answered", which the service refuses.
 */
class SupplierRow extends VerticalLayout {

    enum Answer { NONE, TIE }

    private final long supplierTenantId;
    private final RadioButtonGroup<Answer> answer = new RadioButtonGroup<>();
    private final CheckboxGroup<TieKind> kinds = new CheckboxGroup<>();
    private final TextArea details = new TextArea();

    SupplierRow(SupplierAnswer s, TemplateView template) {
        this.supplierTenantId = s.supplierTenantId();
        setPadding(false);
        setSpacing(false);
        addClassName("samspill-declaration-supplier");
        answer.setLabel(getTranslation("impartiality.declaration.answer-for", s.supplierName()));
        answer.setItems(Answer.values());
        answer.setItemLabelGenerator(a -> getTranslation("impartiality.declaration.answer." + a.name()));
        answer.setId("answer-" + supplierTenantId);
        kinds.setLabel(getTranslation("impartiality.declaration.kinds"));
        kinds.setItems(TieKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.labelKey()) + ": " + template.text(k.part()));
        kinds.setId("kinds-" + supplierTenantId);
        details.setLabel(getTranslation("impartiality.declaration.details"));
        details.setWidthFull();
        details.setId("details-" + supplierTenantId);
        if (s.answered()) {
            answer.setValue(s.kinds().isEmpty() ? Answer.NONE : Answer.TIE);
            kinds.setValue(s.kinds());
            details.setValue(s.details() == null ? "" : s.details());
        }
        answer.addValueChangeListener(e -> showTie());
        showTie();
        add(new H3(s.supplierName()), answer, kinds, details);
    }

    private void showTie() {
        boolean tie = answer.getValue() == Answer.TIE;
        kinds.setVisible(tie);
        details.setVisible(tie);
    }

    /** The answer, or empty when nothing was chosen. */
    Optional<AnswerInput> input() {
        if (answer.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(answer.getValue() == Answer.NONE ? AnswerInput.noTie(supplierTenantId)
                : new AnswerInput(supplierTenantId, kinds.getValue(), details.getValue()));
    }
}

package no.samspill.impartiality.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.samspill.impartiality.Decision;
import no.samspill.impartiality.ProjectRegister;
import no.samspill.impartiality.RegisterRow;
import no.samspill.impartiality.RegisterService;
import no.samspill.marketdialogue.SupplierRef;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;

/** Deciding on a declared tie: not disqualified, disqualified, or disqualified for named suppliers, with a reason. */
class TieDecisionDialog extends Dialog {

    TieDecisionDialog(RegisterService registers, RegisterRow row, Consumer<ProjectRegister> onSaved) {
        setHeaderTitle(getTranslation("impartiality.decide.title", row.name()));
        setWidth("40rem");
        Paragraph ties = new Paragraph(getTranslation("impartiality.decide.ties",
                row.tiedSuppliers().stream().map(SupplierRef::name).collect(Collectors.joining(", "))));
        RadioButtonGroup<Decision> decision = new RadioButtonGroup<>(getTranslation("impartiality.register.decision"));
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        decision.setId("tie-decision");
        decision.setValue(row.decision() == null ? Decision.NOT_DISQUALIFIED : row.decision());
        CheckboxGroup<SupplierRef> suppliers = new CheckboxGroup<>(getTranslation("impartiality.decide.suppliers"));
        suppliers.setItems(row.tiedSuppliers());
        suppliers.setItemLabelGenerator(SupplierRef::name);
        suppliers.setId("tie-suppliers");
        suppliers.setVisible(decision.getValue() == Decision.DISQUALIFIED_FOR_SUPPLIERS);
        decision.addValueChangeListener(e -> suppliers.setVisible(e.getValue() == Decision.DISQUALIFIED_FOR_SUPPLIERS));
        TextArea reason = new TextArea(getTranslation("impartiality.register.reason"));
        reason.setId("tie-reason");
        reason.setWidthFull();
        reason.setValue(row.reason() == null ? "" : row.reason());
        add(ties, decision, suppliers, reason);
        Long declarationId = row.declarationId();
        FormDialog.saveCancel(this, "save-tie-decision", () -> {
            if (declarationId == null || decision.getValue() == null) {
                throw new ValidationException("impartiality.error.no-tie");
            }
            Set<Long> named = suppliers.getValue().stream().map(SupplierRef::tenantId).collect(Collectors.toSet());
            onSaved.accept(registers.decide(declarationId, row.declarationVersion(), decision.getValue(),
                    reason.getValue(), named));
        }).bind(reason, "impartiality.error.reason");
    }
}

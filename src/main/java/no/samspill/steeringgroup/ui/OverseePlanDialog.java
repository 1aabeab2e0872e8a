package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import no.samspill.actionplan.PlanSummary;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;

/** Overseeing an action plan: its status goes into the group's meeting packages. */
class OverseePlanDialog extends Dialog {

    OverseePlanDialog(SteeringGroupService groups, SteeringGroupDetails d, Consumer<SteeringGroupDetails> show) {
        setHeaderTitle(getTranslation("steering.oversee-plan"));
        add(new Paragraph(getTranslation("steering.oversee-plan-help")));
        ComboBox<PlanSummary> plan = new ComboBox<>(getTranslation("steering.plan"));
        plan.setItems(groups.planOptions());
        plan.setItemLabelGenerator(PlanSummary::title);
        plan.setWidthFull();
        plan.setId("oversee-plan-choice");
        add(plan);
        FormDialog.saveCancel(this, "save-oversee-plan", () -> {
            if (plan.getValue() == null) {
                throw new ValidationException("steering.error.plan");
            }
            show.accept(groups.overseePlan(d.id(), plan.getValue().id()));
        }).bind(plan, "steering.error.plan");
    }
}

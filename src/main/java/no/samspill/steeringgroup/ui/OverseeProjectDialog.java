package no.samspill.steeringgroup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectOption;
import no.samspill.steeringgroup.DecisionKind;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;

/** Overseeing a project: the decision the group must make before the project may enter a phase. */
class OverseeProjectDialog extends Dialog {

    OverseeProjectDialog(SteeringGroupService groups, SteeringGroupDetails d, Consumer<SteeringGroupDetails> show) {
        setHeaderTitle(getTranslation("steering.oversee"));
        setWidth("40rem");
        add(new Paragraph(getTranslation("steering.oversee-help")));
        ComboBox<ProjectOption> project = new ComboBox<>(getTranslation("steering.project"));
        // lazy and searchable: a tenant may have thousands of projects, paged and filtered in SQL
        project.setItems(q -> groups.projectOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) groups.countProjectOptions(q.getFilter().orElse("")));
        project.setItemLabelGenerator(ProjectOption::label);
        project.setId("oversee-choice");
        ComboBox<DecisionKind> kind = new ComboBox<>(getTranslation("steering.paper.decision-kind"));
        kind.setItems(DecisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DecisionKind.NEEDS_ANALYSIS_APPROVAL);
        ComboBox<Phase> before = new ComboBox<>(getTranslation("steering.point.before"));
        before.setItems(Phase.values());
        before.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        before.setValue(Phase.TENDER);
        FormLayout form = new FormLayout(project, kind, before);
        form.setColspan(project, 2);
        add(form);
        FormDialog.saveCancel(this, "save-oversee", () -> {
            if (project.getValue() == null || kind.getValue() == null || before.getValue() == null) {
                throw new ValidationException("steering.error.project");
            }
            show.accept(groups.addDecisionPoint(d.id(), project.getValue().id(), before.getValue(), kind.getValue()));
        });
    }
}

package no.samspill.actionplan.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.samspill.actionplan.ActionPlanRules;
import no.samspill.actionplan.ActionPlanService;
import no.samspill.actionplan.ItemForm;
import no.samspill.actionplan.ItemRow;
import no.samspill.actionplan.ItemStatus;
import no.samspill.actionplan.PlanFilter;
import no.samspill.actionplan.ProjectRef;
import no.samspill.actionplan.StatusUpdate;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import org.jspecify.annotations.Nullable;

/** A new item (with its number and first status) or an existing item's description and dependencies. */
class ItemDialog extends Dialog {

    ItemDialog(ActionPlanService plans, long planId, @Nullable ItemRow existing, Consumer<ItemRow> onSaved) {
        setHeaderTitle(existing == null ? getTranslation("plan.new-item")
                : getTranslation("item.edit", existing.number().toString()));
        setWidth("44rem");
        TextField number = new TextField(getTranslation("item.number"));
        number.setHelperText(getTranslation("item.number.help"));
        number.setVisible(existing == null);
        TextField title = new TextField(getTranslation("item.title"));
        TextLimits.apply(title, ActionPlanRules.TITLE_MAX);
        TextArea description = area("item.description");
        TextArea measure = area("item.measure");
        TextField responsible = new TextField(getTranslation("item.responsible"));
        TextLimits.apply(responsible, ActionPlanRules.RESPONSIBLE_MAX);
        Select<ItemStatus> status = new Select<>();
        status.setLabel(getTranslation("item.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(ItemStatus.GREEN);
        status.setVisible(existing == null);
        ComboBox<ProjectRef> project = new ComboBox<>(getTranslation("item.project"));
        // lazy and searchable: a tenant may have thousands of projects, paged and filtered in SQL
        project.setItems(q -> plans.projectOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> (int) plans.countProjectOptions(q.getFilter().orElse("")));
        project.setItemLabelGenerator(ProjectRef::label);
        project.setClearButtonVisible(true);
        MultiSelectComboBox<ItemRow> dependsOn = new MultiSelectComboBox<>(getTranslation("item.depends-on"));
        dependsOn.setItems(plans.items(planId, PlanFilter.ALL).stream()
                .filter(r -> existing == null || r.id() != existing.id()).toList());
        dependsOn.setItemLabelGenerator(r -> r.number() + " " + r.title());
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description());
            measure.setValue(existing.measure());
            responsible.setValue(existing.responsible());
            plans.projectOf(existing).ifPresent(project::setValue);
            dependsOn.setValue(dependsOn.getListDataView().getItems()
                    .filter(r -> existing.dependsOnIds().contains(r.id())).collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(number, status, title, responsible, description, measure, project,
                dependsOn);
        form.setColspan(project, 2);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(measure, 2);
        form.setColspan(dependsOn, 2);
        add(form);
        FormDialog.saveCancel(this, "save-item", () -> {
            Set<Long> deps = dependsOn.getValue().stream().map(ItemRow::id).collect(Collectors.toSet());
            ItemForm input = new ItemForm(number.getValue(), title.getValue(), description.getValue(),
                    measure.getValue(), responsible.getValue(),
                    project.getValue() == null ? null : project.getValue().id(), deps);
            ItemRow saved = existing == null
                    ? plans.createItem(planId, input, new StatusUpdate(status.getValue(), "", null))
                    : plans.updateItem(existing.id(), existing.version(), input);
            Notify.success("item.saved", saved.number().toString());
            onSaved.accept(saved);
        });
    }

    private TextArea area(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        TextLimits.apply(area, ActionPlanRules.TEXT_MAX);
        area.setWidthFull();
        return area;
    }
}

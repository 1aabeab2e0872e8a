package no.samspill.procurement.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.samspill.identity.Colleague;
import no.samspill.platform.ui.AmountField;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.procurement.Category;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectFormOptions;
import no.samspill.procurement.ProjectRules;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.tenancy.UnitSummary;
import org.jspecify.annotations.Nullable;

/** Create a project, or edit one. A refused save (validation, someone else saved first) keeps what was typed. */
class ProjectDialog extends Dialog {

    private final TextField reference = new TextField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Category> category = new Select<>();
    private final ComboBox<Colleague> lead = new ComboBox<>();
    private final MultiSelectComboBox<UnitSummary> units = new MultiSelectComboBox<>();
    private final AmountField value = new AmountField();

    ProjectDialog(ProjectService projects, @Nullable ProjectSummary existing, Consumer<ProjectSummary> onSaved) {
        ProjectFormOptions options = projects.formOptions();
        setHeaderTitle(getTranslation(existing == null ? "project.new.title" : "project.edit.title"));
        setWidth("48rem");
        configureFields(options);
        if (existing == null) {
            reference.setValue(options.suggestedReference());
            category.setValue(Category.MTU);
        } else {
            fill(existing, options);
        }
        FormLayout form = new FormLayout(reference, title, category, lead, units, value, description);
        form.setColspan(title, 2);
        form.setColspan(units, 2);
        form.setColspan(description, 2);
        add(form);
        FormDialog.saveCancel(this, "save-project", () -> {
            ProjectForm input = new ProjectForm(reference.getValue(), title.getValue(), description.getValue(),
                    category.getValue(), lead.getValue() == null ? null : lead.getValue().userId(),
                    units.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()), value.getValue());
            ProjectSummary saved = existing == null ? projects.create(input)
                    : projects.update(existing.id(), existing.version(), input);
            Notify.success("project.saved", saved.reference());
            onSaved.accept(saved);
        }).bind(reference, "project.error.reference").bind(title, "project.error.title").bind(description, "project.error.description")
                .bind(value, "project.error.value").bind(lead, "project.error.lead").bind(units, "project.error.units");
        title.focus();
    }

    private void configureFields(ProjectFormOptions options) {
        reference.setLabel(getTranslation("project.reference"));
        reference.setHelperText(getTranslation("project.reference.help"));
        TextLimits.apply(reference, ProjectRules.REFERENCE_MAX);
        reference.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("project.title"));
        TextLimits.apply(title, ProjectRules.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("project.description"));
        TextLimits.apply(description, ProjectRules.DESCRIPTION_MAX);
        description.setMinHeight("8rem");
        category.setLabel(getTranslation("project.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        lead.setLabel(getTranslation("project.lead"));
        lead.setItems(options.leads());
        lead.setItemLabelGenerator(Colleague::displayName);
        lead.setClearButtonVisible(true);
        units.setLabel(getTranslation("project.units"));
        units.setHelperText(getTranslation("project.units.help"));
        units.setItems(options.units());
        units.setItemLabelGenerator(UnitSummary::name);
        value.setLabel(getTranslation("project.value"));
        value.setHelperText(getTranslation("project.value.help"));
        value.setSuffixComponent(new Span(options.currency()));
    }

    private void fill(ProjectSummary p, ProjectFormOptions options) {
        reference.setValue(p.reference());
        title.setValue(p.title());
        description.setValue(p.description());
        category.setValue(p.category());
        Long leadId = p.leadUserId();
        Colleague current = options.leads().stream().filter(c -> Objects.equals(c.userId(), leadId)).findFirst()
                .orElse(null);
        if (current == null && leadId != null && p.leadName() != null) {
            // the lead has since lost the lead role: offer them still, so that an edit does not clear the lead
            current = new Colleague(leadId, p.leadName(), "");
            List<Colleague> choices = new ArrayList<>(options.leads());
            choices.add(current);
            lead.setItems(choices);
        }
        if (current != null) {
            lead.setValue(current);
        }
        Set<Long> chosen = p.units().stream().map(UnitSummary::id).collect(Collectors.toSet());
        units.setValue(options.units().stream().filter(u -> chosen.contains(u.id())).collect(Collectors.toSet()));
        value.setValue(p.estimatedValue());
    }
}

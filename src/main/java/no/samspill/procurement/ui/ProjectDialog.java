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
        configureFields(projects, options);
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

    private void configureFields(ProjectService projects, ProjectFormOptions options) {
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
        // paged and filtered in SQL; one person is one item, whichever e-mail the chosen value carries
        lead.setItems(q -> projects.leadOptions(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream())
                .setIdentifierProvider(Colleague::userId);
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
        // the current lead shows as the value without being looked up, also one who has since lost the lead role
        if (p.leadUserId() != null && p.leadName() != null) {
            lead.setValue(new Colleague(p.leadUserId(), p.leadName(), ""));
        }
        Set<Long> chosen = p.units().stream().map(UnitSummary::id).collect(Collectors.toSet());
        units.setValue(options.units().stream().filter(u -> chosen.contains(u.id())).collect(Collectors.toSet()));
        value.setValue(p.estimatedValue());
    }
}

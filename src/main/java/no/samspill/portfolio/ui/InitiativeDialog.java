package no.samspill.portfolio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.platform.ui.AmountField;
import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.portfolio.InitiativeChange;
import no.samspill.portfolio.InitiativeDetails;
import no.samspill.portfolio.InitiativeForm;
import no.samspill.portfolio.InitiativePhase;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.TenantOption;
import no.samspill.procurement.ProjectOption;
import org.jspecify.annotations.Nullable;

/**
 * A new initiative (a linked procurement project, picked from a lazy, searchable list, or one from outside the portal)
 * or the corrected facts of one. Refusals land on their field; what was typed stays.
 */
final class InitiativeDialog {

    private InitiativeDialog() {
    }

    /** The office's new initiative; opens its page when saved. */
    static Dialog create(InitiativeService initiatives, long portfolioId, List<TenantOption> tenants,
            Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("portfolio.initiative.new"));
        dialog.setWidth("44rem");
        RadioButtonGroup<Boolean> source = new RadioButtonGroup<>(dialog.getTranslation("portfolio.initiative.source"));
        source.setItems(Boolean.TRUE, Boolean.FALSE);
        source.setItemLabelGenerator(linked -> dialog.getTranslation(linked ? "portfolio.initiative.linked"
                : "portfolio.initiative.external"));
        source.setValue(Boolean.FALSE);
        source.setId("initiative-source");
        ComboBox<ProjectOption> project = new ComboBox<>(dialog.getTranslation("portfolio.initiative.project"));
        // lazy and searchable: a tenant may have thousands of projects, paged and filtered in SQL
        project.setItems(q -> initiatives.projectOptions(portfolioId, q.getFilter().orElse(""), q.getOffset(),
                q.getLimit()).stream(), q -> (int) initiatives.countProjectOptions(portfolioId,
                q.getFilter().orElse("")));
        project.setItemLabelGenerator(ProjectOption::label);
        project.setClearButtonVisible(true);
        project.setVisible(false);
        project.setId("initiative-project");
        project.setHelperText(dialog.getTranslation("portfolio.initiative.project.help"));
        source.addValueChangeListener(e -> project.setVisible(Boolean.TRUE.equals(e.getValue())));
        Select<TenantOption> owner = new Select<>();
        owner.setLabel(dialog.getTranslation("portfolio.initiative.owner"));
        owner.setItems(tenants);
        owner.setItemLabelGenerator(TenantOption::name);
        owner.setValue(tenants.getFirst());
        owner.setId("initiative-owner");
        Select<InitiativePhase> phase = phaseSelect(dialog);
        Fields f = new Fields(dialog, null);
        FormLayout form = new FormLayout(source, project, f.name, owner, f.contact, phase, f.start, f.end, f.budget);
        form.setColspan(source, 2);
        form.setColspan(project, 2);
        form.setColspan(f.name, 2);
        dialog.add(form);
        FormDialog saving = FormDialog.of(dialog, "portfolio.initiative.create", "save-initiative", () -> {
            f.requireComplete();
            Long projectId = Boolean.TRUE.equals(source.getValue()) && project.getValue() != null
                    ? project.getValue().id() : null;
            if (Boolean.TRUE.equals(source.getValue()) && projectId == null) {
                throw new ValidationException("portfolio.error.project-missing");
            }
            InitiativeDetails saved = initiatives.create(portfolioId, new InitiativeForm(f.name.getValue(),
                    owner.getValue().id(), projectId, f.contact.getValue(), f.start.getValue(), f.end.getValue(),
                    f.budget.getValue(), phase.getValue()));
            Notify.success("portfolio.initiative.created", saved.name());
            onSaved.accept(saved);
        });
        f.bind(saving);
        saving.bind(project, "portfolio.error.project-missing");
        saving.bind(owner, "portfolio.error.owner");
        return dialog;
    }

    /** The office corrects name, contact, dates and budget, at the version it read. */
    static Dialog edit(InitiativeService initiatives, InitiativeDetails existing,
            Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("portfolio.initiative.edit-named", existing.name()));
        dialog.setWidth("40rem");
        Fields f = new Fields(dialog, existing);
        FormLayout form = new FormLayout(f.name, f.contact, f.start, f.end, f.budget);
        form.setColspan(f.name, 2);
        dialog.add(form);
        FormDialog saving = FormDialog.saveCancel(dialog, "save-initiative", () -> {
            f.requireComplete();
            InitiativeDetails saved = initiatives.update(existing.id(), existing.version(), new InitiativeChange(
                    f.name.getValue(), f.contact.getValue(), f.start.getValue(), f.end.getValue(),
                    f.budget.getValue()));
            Notify.success("common.saved");
            onSaved.accept(saved);
        });
        f.bind(saving);
        return dialog;
    }

    static Select<InitiativePhase> phaseSelect(Dialog dialog) {
        Select<InitiativePhase> phase = new Select<>();
        phase.setLabel(dialog.getTranslation("portfolio.initiative.phase"));
        phase.setItems(InitiativePhase.values());
        phase.setItemLabelGenerator(p -> dialog.getTranslation(p.labelKey()));
        phase.setValue(InitiativePhase.PROPOSAL);
        phase.setId("initiative-phase");
        return phase;
    }

    /** The fields both dialogs share. */
    private static final class Fields {

        final TextField name = PortfolioFields.text("portfolio.initiative.name", "initiative-name",
                PortfolioRules.NAME_MAX);
        final TextField contact = PortfolioFields.text("portfolio.initiative.contact", "initiative-contact",
                PortfolioRules.NAME_MAX);
        final DatePicker start;
        final DatePicker end;
        final AmountField budget = new AmountField();

        Fields(Dialog dialog, @Nullable InitiativeDetails existing) {
            start = DatePickers.date(dialog.getTranslation("portfolio.initiative.start"));
            start.setId("initiative-start");
            end = DatePickers.date(dialog.getTranslation("portfolio.initiative.end"));
            end.setId("initiative-end");
            budget.setLabel(dialog.getTranslation("portfolio.initiative.budget"));
            budget.setId("initiative-budget");
            if (existing != null) {
                name.setValue(existing.name());
                contact.setValue(existing.contact());
                start.setValue(existing.start());
                end.setValue(existing.end());
                budget.setValue(existing.budget());
            }
        }

        /** Dates are required and an unreadable amount is not silently dropped. */
        void requireComplete() {
            if (start.getValue() == null) {
                throw new ValidationException("portfolio.error.start-missing");
            }
            if (end.getValue() == null) {
                throw new ValidationException("portfolio.error.end-missing");
            }
            if (budget.hasBadInput()) {
                throw new ValidationException("portfolio.error.budget-unreadable");
            }
        }

        void bind(FormDialog saving) {
            saving.bind(name, "portfolio.error.name");
            saving.bind(contact, "portfolio.error.contact");
            saving.bind(start, "portfolio.error.start-missing");
            saving.bind(end, "portfolio.error.end");
            saving.bind(budget, "portfolio.error.budget");
        }
    }
}

package no.samspill.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.portfolio.InitiativeDetails;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.PeriodOption;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.StatusColour;

/**
 * The owner tenant's status report for a period: colour, the reason (required unless green, said at the field) and
 * the measures taken. A later report for the same period supersedes the earlier one; both stay in the history.
 */
final class StatusDialog {

    private StatusDialog() {
    }

    static void open(InitiativeService initiatives, InitiativeDetails i, Consumer<InitiativeDetails> onSaved) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("portfolio.report-status-named", i.name()));
        dialog.setWidth("40rem");
        Select<PeriodOption> period = new Select<>();
        period.setLabel(dialog.getTranslation("portfolio.status.period-column"));
        period.setItems(initiatives.periods(i.id()));
        period.setItemLabelGenerator(p -> dialog.getTranslation("portfolio.status.period-option", p.number(),
                String.valueOf(p.start().getYear()), Formats.date(p.start(), UI.getCurrent().getLocale())));
        period.setValue(period.getListDataView().getItems().findFirst().orElse(null));
        period.setId("status-period");
        RadioButtonGroup<StatusColour> colour = new RadioButtonGroup<>(dialog.getTranslation("portfolio.status.colour"));
        colour.setItems(StatusColour.values());
        colour.setItemLabelGenerator(c -> dialog.getTranslation(c.labelKey()));
        colour.setId("status-colour");
        TextArea reason = PortfolioFields.area("portfolio.status.reason", "status-reason", PortfolioRules.TEXT_MAX);
        reason.setHelperText(dialog.getTranslation("portfolio.status.reason.help"));
        TextArea measures = PortfolioFields.area("portfolio.status.measures", "status-measures",
                PortfolioRules.TEXT_MAX);
        dialog.add(new FormLayout(period, colour, reason, measures));
        FormDialog.of(dialog, "portfolio.report-status", "save-status", () -> {
            PeriodOption p = period.getValue();
            if (p == null) {
                throw new ValidationException("portfolio.error.period-missing");
            }
            onSaved.accept(initiatives.report(i.id(), p.start(),
                    colour.getValue(), reason.getValue(), measures.getValue()));
            Notify.success("portfolio.status.saved");
        }).bind(colour, "portfolio.error.colour").bind(reason, "portfolio.error.reason")
                .bind(measures, "portfolio.error.measures").bind(period, "portfolio.error.period");
        dialog.open();
    }
}

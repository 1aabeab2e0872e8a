package no.samspill.portfolio.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import no.samspill.platform.ui.AmountField;
import no.samspill.platform.ui.DatePickers;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.TextLimits;
import no.samspill.portfolio.IntakeService;
import no.samspill.portfolio.PortfolioRules;
import no.samspill.portfolio.ProposalForm;
import no.samspill.portfolio.ProposalRow;

/** An owner tenant proposes an initiative: name, contact, period and budget; its own tenant owns it. */
class ProposeDialog extends Dialog {

    ProposeDialog(IntakeService intake, long portfolioId, Consumer<ProposalRow> onSaved) {
        setHeaderTitle(getTranslation("portfolio.intake.propose-title"));
        TextField name = new TextField(getTranslation("portfolio.intake.name"));
        name.setId("propose-name");
        TextLimits.apply(name, PortfolioRules.NAME_MAX);
        name.setRequired(true);
        TextField contact = new TextField(getTranslation("portfolio.intake.contact"));
        TextLimits.apply(contact, PortfolioRules.NAME_MAX);
        DatePicker start = DatePickers.date(getTranslation("portfolio.intake.start"));
        start.setId("propose-start");
        DatePicker end = DatePickers.date(getTranslation("portfolio.intake.end"));
        end.setId("propose-end");
        AmountField budget = new AmountField(getTranslation("portfolio.intake.budget"));
        add(new FormLayout(name, contact, start, end, budget));
        FormDialog.of(this, "portfolio.intake.propose", "propose-save", () -> {
            ProposalRow row = intake.propose(portfolioId, new ProposalForm(name.getValue(), contact.getValue(),
                    start.getValue(), end.getValue(), budget.getValue()));
            Notify.success("portfolio.intake.proposed-ok", row.name());
            onSaved.accept(row);
        }).bind(name, "portfolio.error.name").bind(start, "portfolio.intake.error.period")
                .bind(end, "portfolio.error.end-before-start").bind(budget, "portfolio.error.budget")
                .bind(contact, "portfolio.error.contact");
    }
}

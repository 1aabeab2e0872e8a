package no.samspill.portfolio.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import no.samspill.platform.ui.FormDialog;
import no.samspill.portfolio.CriteriaWeights;
import no.samspill.portfolio.Criterion;
import no.samspill.portfolio.IntakeService;
import org.jspecify.annotations.Nullable;

/** The board's secretary sets how much each criterion weighs (0 to 10). */
class WeightsDialog extends Dialog {

    WeightsDialog(IntakeService intake, long portfolioId, CriteriaWeights current, Consumer<CriteriaWeights> onSaved) {
        setHeaderTitle(getTranslation("portfolio.intake.weights-title"));
        IntegerField benefit = field(Criterion.BENEFIT, current.benefit());
        IntegerField cost = field(Criterion.COST, current.cost());
        IntegerField risk = field(Criterion.RISK, current.risk());
        IntegerField fit = field(Criterion.FIT, current.fit());
        Paragraph help = new Paragraph(getTranslation("portfolio.intake.weights-help"));
        help.addClassName("samspill-muted");
        add(help, new FormLayout(benefit, cost, risk, fit));
        FormDialog.saveCancel(this, "weights-save", () -> onSaved.accept(intake.weigh(portfolioId,
                new CriteriaWeights(current.version(), benefit.getValue(), cost.getValue(), risk.getValue(),
                        fit.getValue()))))
                .bind(benefit, "portfolio.intake.error.weight.BENEFIT")
                .bind(cost, "portfolio.intake.error.weight.COST").bind(risk, "portfolio.intake.error.weight.RISK")
                .bind(fit, "portfolio.intake.error.weight.FIT").bind(benefit, "portfolio.intake.error.weights-zero");
    }

    private IntegerField field(Criterion c, @Nullable Integer value) {
        IntegerField f = new IntegerField(getTranslation(c.labelKey()));
        f.setId("weight-" + c.name().toLowerCase(java.util.Locale.ROOT));
        f.setStepButtonsVisible(true);
        f.setValue(value);
        return f;
    }
}

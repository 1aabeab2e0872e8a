package no.samspill.portfolio.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import no.samspill.platform.ui.FormDialog;
import no.samspill.portfolio.CriteriaWeights;
import no.samspill.portfolio.IntakeService;

/** The board's secretary sets how much each criterion weighs (0 to 10). */
class WeightsDialog extends Dialog {

    WeightsDialog(IntakeService intake, long portfolioId, CriteriaWeights current, Consumer<CriteriaWeights> onSaved) {
        setHeaderTitle(getTranslation("portfolio.intake.weights-title"));
        CriterionFields weights = new CriterionFields(this, "weight", null, current.benefit(), current.cost(),
                current.risk(), current.fit());
        Paragraph help = new Paragraph(getTranslation("portfolio.intake.weights-help"));
        help.addClassName("samspill-muted");
        add(help, new FormLayout(weights.all()));
        weights.bind(FormDialog.saveCancel(this, "weights-save", () -> onSaved.accept(intake.weigh(portfolioId,
                new CriteriaWeights(current.version(), weights.benefit.getValue(), weights.cost.getValue(),
                        weights.risk.getValue(), weights.fit.getValue())))), "portfolio.intake.error.weight.")
                .bind(weights.benefit, "portfolio.intake.error.weights-zero");
    }
}

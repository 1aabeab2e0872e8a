package no.samspill.portfolio.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.samspill.platform.ui.FormDialog;
import no.samspill.portfolio.Criterion;
import no.samspill.portfolio.IntakeService;
import no.samspill.portfolio.ProposalRow;
import no.samspill.portfolio.ScoreForm;
import no.samspill.portfolio.Scores;
import org.jspecify.annotations.Nullable;

/**
 * Scoring a proposal on the board's four criteria (1 to 5, 5 the most favourable) and marking it mandatory with the
 * legal or safety duty. A score out of range is refused at its field, with everything typed kept.
 */
class ScoreDialog extends Dialog {

    ScoreDialog(IntakeService intake, ProposalRow row, Consumer<ProposalRow> onSaved) {
        setHeaderTitle(getTranslation("portfolio.intake.score-title", row.name()));
        Paragraph scale = new Paragraph(getTranslation("portfolio.intake.scale"));
        scale.addClassName("samspill-muted");
        IntegerField benefit = field(Criterion.BENEFIT, row.benefit());
        IntegerField cost = field(Criterion.COST, row.cost());
        IntegerField risk = field(Criterion.RISK, row.risk());
        IntegerField fit = field(Criterion.FIT, row.fit());
        Checkbox mandatory = new Checkbox(getTranslation("portfolio.intake.mandatory-check"), row.mandatory());
        mandatory.setId("score-mandatory");
        TextArea basis = new TextArea(getTranslation("portfolio.intake.basis"), row.mandatoryBasis(), "");
        basis.setId("score-basis");
        basis.setMaxLength(Scores.BASIS_MAX);
        basis.setHelperText(getTranslation("portfolio.intake.basis-help"));
        FormLayout form = new FormLayout(benefit, cost, risk, fit, mandatory, basis);
        form.setColspan(basis, 2);
        add(scale, form);
        FormDialog.saveCancel(this, "score-save", () -> onSaved.accept(intake.score(row.initiativeId(),
                row.scoreVersion(), new ScoreForm(benefit.getValue(), cost.getValue(), risk.getValue(),
                        fit.getValue(), mandatory.getValue(), basis.getValue()))))
                .bind(benefit, "portfolio.intake.error.score.BENEFIT")
                .bind(cost, "portfolio.intake.error.score.COST").bind(risk, "portfolio.intake.error.score.RISK")
                .bind(fit, "portfolio.intake.error.score.FIT").bind(basis, "portfolio.intake.error.basis");
    }

    private IntegerField field(Criterion c, @Nullable Integer value) {
        IntegerField f = new IntegerField(getTranslation(c.labelKey()));
        f.setId("score-" + c.name().toLowerCase(java.util.Locale.ROOT));
        f.setHelperText(getTranslation("portfolio.intake.criterion-help." + c.name()));
        f.setStepButtonsVisible(true);
        f.setValue(value);
        return f;
    }
}

package no.samspill.portfolio.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.TextLimits;
import no.samspill.portfolio.IntakeService;
import no.samspill.portfolio.ProposalRow;
import no.samspill.portfolio.ScoreForm;
import no.samspill.portfolio.Scores;

/**
 * Scoring a proposal on the board's four criteria (1 to 5, 5 the most favourable) and marking it mandatory with the
 * legal or safety duty. A score out of range is refused at its field, with everything typed kept.
 */
class ScoreDialog extends Dialog {

    ScoreDialog(IntakeService intake, ProposalRow row, Consumer<ProposalRow> onSaved) {
        setHeaderTitle(getTranslation("portfolio.intake.score-title", row.name()));
        Paragraph scale = new Paragraph(getTranslation("portfolio.intake.scale"));
        scale.addClassName("samspill-muted");
        CriterionFields scores = new CriterionFields(this, "score", "portfolio.intake.criterion-help.",
                row.benefit(), row.cost(), row.risk(), row.fit());
        Checkbox mandatory = new Checkbox(getTranslation("portfolio.intake.mandatory-check"), row.mandatory());
        mandatory.setId("score-mandatory");
        TextArea basis = new TextArea(getTranslation("portfolio.intake.basis"), row.mandatoryBasis(), "");
        basis.setId("score-basis");
        basis.setHelperText(getTranslation("portfolio.intake.basis-help"));
        TextLimits.apply(basis, Scores.BASIS_MAX);
        FormLayout form = new FormLayout(scores.all());
        form.add(mandatory, basis);
        form.setColspan(basis, 2);
        add(scale, form);
        scores.bind(FormDialog.saveCancel(this, "score-save", () -> onSaved.accept(intake.score(row.initiativeId(),
                row.scoreVersion(), new ScoreForm(scores.benefit.getValue(), scores.cost.getValue(),
                        scores.risk.getValue(), scores.fit.getValue(), mandatory.getValue(), basis.getValue())))),
                "portfolio.intake.error.score.").bind(basis, "portfolio.intake.error.basis");
    }
}

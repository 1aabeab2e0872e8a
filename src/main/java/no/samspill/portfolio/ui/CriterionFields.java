package no.samspill.portfolio.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import no.samspill.platform.ui.FormDialog;
import no.samspill.portfolio.Criterion;
import org.jspecify.annotations.Nullable;

/** The four criteria's number fields of a form (scores or weights), each with its own refusal bound to it. */
final class CriterionFields {

    final IntegerField benefit;
    final IntegerField cost;
    final IntegerField risk;
    final IntegerField fit;

    /** Fields with ids {@code prefix-benefit} and so on; with {@code helpPrefix} each gets its helper text. */
    CriterionFields(Component owner, String idPrefix, @Nullable String helpPrefix, @Nullable Integer benefit,
            @Nullable Integer cost, @Nullable Integer risk, @Nullable Integer fit) {
        this.benefit = field(owner, Criterion.BENEFIT, idPrefix, helpPrefix, benefit);
        this.cost = field(owner, Criterion.COST, idPrefix, helpPrefix, cost);
        this.risk = field(owner, Criterion.RISK, idPrefix, helpPrefix, risk);
        this.fit = field(owner, Criterion.FIT, idPrefix, helpPrefix, fit);
    }

    Component[] all() {
        return new Component[] {benefit, cost, risk, fit};
    }

    /** Binds each field to its criterion's message key ({@code errorPrefix} + the criterion's name). */
    FormDialog bind(FormDialog dialog, String errorPrefix) {
        return dialog.bind(benefit, errorPrefix + Criterion.BENEFIT.name())
                .bind(cost, errorPrefix + Criterion.COST.name()).bind(risk, errorPrefix + Criterion.RISK.name())
                .bind(fit, errorPrefix + Criterion.FIT.name());
    }

    private static IntegerField field(Component owner, Criterion c, String idPrefix, @Nullable String helpPrefix,
            @Nullable Integer value) {
        IntegerField f = new IntegerField(owner.getTranslation(c.labelKey()));
        f.setId(idPrefix + "-" + c.name().toLowerCase(Locale.ROOT));
        if (helpPrefix != null) {
            f.setHelperText(owner.getTranslation(helpPrefix + c.name()));
        }
        f.setStepButtonsVisible(true);
        f.setValue(value);
        return f;
    }
}

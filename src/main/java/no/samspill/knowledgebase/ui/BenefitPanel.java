package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import no.samspill.knowledgebase.BenefitFigure;
import no.samspill.knowledgebase.BenefitService;
import no.samspill.knowledgebase.BenefitUnit;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.TextLimits;

/**
 * A case's benefit figures: the confirmed ones as facts; for the contributing tenant's leads also the proposals,
 * each with its amount, unit and what it measures to correct, and confirm or reject.
 */
final class BenefitPanel extends VerticalLayout {

    private final BenefitService benefits;
    private final long caseId;

    BenefitPanel(BenefitService benefits, long caseId) {
        this.benefits = benefits;
        this.caseId = caseId;
        setPadding(false);
        setId("kb-benefits");
        show();
    }

    private void show() {
        removeAll();
        List<BenefitFigure> figures = benefits.figures(caseId);
        add(new H2(getTranslation("kb.benefit.title")));
        UnorderedList facts = new UnorderedList();
        figures.stream().filter(f -> f.status() == BenefitFigure.Status.CONFIRMED).forEach(f -> facts.add(
                new ListItem(getTranslation("kb.benefit.fact", f.amount().stripTrailingZeros().toPlainString(),
                        getTranslation(f.unit().labelKey()), f.measures()))));
        add(facts.getChildren().findAny().isPresent() ? facts : new Paragraph(getTranslation("kb.benefit.none")));
        List<BenefitFigure> proposals = figures.stream().filter(f -> f.status() == BenefitFigure.Status.PROPOSED)
                .toList();
        if (!proposals.isEmpty()) {
            add(new Paragraph(getTranslation("kb.benefit.proposals")));
            proposals.forEach(p -> add(proposal(p)));
        }
    }

    private HorizontalLayout proposal(BenefitFigure p) {
        BigDecimalField amount = new BigDecimalField(getTranslation("kb.benefit.amount"));
        amount.setValue(p.amount().stripTrailingZeros());
        amount.setWidth("8rem");
        Select<BenefitUnit> unit = new Select<>();
        unit.setLabel(getTranslation("kb.benefit.unit"));
        unit.setItems(BenefitUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        unit.setValue(p.unit());
        TextField measures = new TextField(getTranslation("kb.benefit.measures"));
        TextLimits.apply(measures, 300);
        measures.setValue(p.measures());
        measures.setWidth("28rem");
        FieldErrors errors = new FieldErrors().bind(amount, "kb.benefit.error.amount")
                .bind(measures, "kb.benefit.error.measures");
        Button confirm = new Button(getTranslation("kb.benefit.confirm"), e -> {
            if (errors.run(() -> benefits.confirm(p.id(), p.version(),
                    amount.getValue() == null ? BigDecimal.valueOf(-1) : amount.getValue(),
                    unit.getValue() == null ? BenefitUnit.OTHER : unit.getValue(), measures.getValue()))) {
                show();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("kb-benefit-confirm-" + p.id());
        Button reject = new Button(getTranslation("kb.benefit.reject"), e -> {
            if (errors.run(() -> benefits.reject(p.id(), p.version()))) {
                show();
            }
        });
        reject.setId("kb-benefit-reject-" + p.id());
        HorizontalLayout row = new HorizontalLayout(amount, unit, measures, confirm, reject);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }
}

package no.samspill.knowledgebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.samspill.knowledgebase.Correction;
import no.samspill.knowledgebase.CorrectionService;
import no.samspill.knowledgebase.KnowledgeRules;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.TextLimits;

/**
 * Corrections on a case's page: a named company proposes one, and sees its own; the contributor's leads accept or
 * reject them. The proposed text is shown literally. Nothing shows for anybody else.
 */
final class CorrectionPanel extends VerticalLayout {

    private final CorrectionService corrections;
    private final long caseId;
    private final Runnable onAccepted;

    CorrectionPanel(CorrectionService corrections, long caseId, boolean contributor, Runnable onAccepted) {
        this.corrections = corrections;
        this.caseId = caseId;
        this.onAccepted = onAccepted;
        setPadding(false);
        setId("kb-corrections");
        show(contributor);
    }

    private void show(boolean contributor) {
        removeAll();
        List<Correction> list = corrections.corrections(caseId);
        boolean propose = corrections.canPropose(caseId);
        if (list.isEmpty() && !propose) {
            setVisible(false);
            return;
        }
        add(new H2(getTranslation("kb.correction.title")));
        for (Correction c : list) {
            Paragraph row = new Paragraph(getTranslation("kb.correction.row", c.supplierName(),
                    getTranslation(c.field().labelKey()), getTranslation(c.status().labelKey()), c.proposed()));
            row.addClassName("samspill-prewrap");
            add(row);
            if (contributor && c.status() == Correction.Status.PROPOSED) {
                add(decision(c));
            }
        }
        if (propose) {
            add(proposal());
        }
    }

    private HorizontalLayout decision(Correction c) {
        TextField note = new TextField(getTranslation("kb.correction.note"));
        TextLimits.apply(note, 500);
        FieldErrors errors = new FieldErrors().bind(note, "kb.correction.error.note");
        Button accept = new Button(getTranslation("kb.correction.accept"), e -> {
            if (errors.run(() -> corrections.accept(c.id(), c.version()))) {
                onAccepted.run();
            }
        });
        accept.setId("kb-correction-accept-" + c.id());
        Button reject = new Button(getTranslation("kb.correction.reject"), e -> {
            if (errors.run(() -> corrections.reject(c.id(), c.version(), note.getValue()))) {
                show(true);
            }
        });
        reject.setId("kb-correction-reject-" + c.id());
        HorizontalLayout row = new HorizontalLayout(note, accept, reject);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Details proposal() {
        Select<Correction.Field> field = new Select<>();
        field.setLabel(getTranslation("kb.correction.field"));
        field.setItems(Correction.Field.values());
        field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        field.setValue(Correction.Field.RESULTS);
        TextArea text = new TextArea(getTranslation("kb.correction.text"));
        TextLimits.apply(text, KnowledgeRules.TEXT_MAX);
        text.setWidthFull();
        text.setId("kb-correction-text");
        TextField reason = new TextField(getTranslation("kb.correction.reason"));
        TextLimits.apply(reason, 500);
        reason.setWidthFull();
        reason.setId("kb-correction-reason");
        FieldErrors errors = new FieldErrors().bind(text, "kb.correction.error.text")
                .bind(reason, "kb.correction.error.reason");
        Button send = new Button(getTranslation("kb.correction.send"), e -> {
            if (errors.run(() -> corrections.propose(caseId, field.getValue() == null ? Correction.Field.RESULTS
                    : field.getValue(), text.getValue(), reason.getValue()))) {
                Notify.success("kb.correction.sent");
                show(false);
            }
        });
        send.setId("kb-correction-send");
        Details details = new Details(getTranslation("kb.correction.propose"), new VerticalLayout(field, text, reason,
                send));
        details.setId("kb-correction-propose");
        return details;
    }
}

package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.ClarificationStatus;
import no.samspill.marketdialogue.ClarificationView;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Phrases;

/** The buyer's inbox of clarification questions: publish an answer to all, or answer privately with a reason. */
class ClarificationInboxPanel extends VerticalLayout {

    private final ClarificationService clarifications;
    private final DialogueSummary d;
    private final Runnable reload;

    ClarificationInboxPanel(ClarificationService clarifications, DialogueSummary d, Runnable reload) {
        this.clarifications = clarifications;
        this.d = d;
        this.reload = reload;
        setPadding(false);
        add(new Paragraph(getTranslation("qa.buyer.help")));
        List<ClarificationView> inbox = clarifications.inbox(d.id());
        if (inbox.isEmpty()) {
            add(new Paragraph(getTranslation("qa.inbox.none")));
        }
        inbox.forEach(c -> add(item(c)));
        add(new H2(getTranslation("qa.published")), QaBlocks.published(clarifications.publishedForBuyer(d.id()),
                d.zone()));
    }

    private Div item(ClarificationView c) {
        Div item = new Div();
        item.addClassName("samspill-qa");
        Span head = new Span(Phrases.facts(getTranslation("qa.asked", c.supplierName(), c.askedBy(),
                Formats.dateTime(c.askedAt(), d.zone(), getLocale())), getTranslation(c.status().labelKey())));
        head.addClassName("samspill-muted");
        Paragraph question = new Paragraph(c.question());
        question.addClassName("samspill-qa-question");
        item.add(head, question);
        if (c.answer() != null) {
            Paragraph answer = new Paragraph(c.answer());
            answer.addClassName("samspill-prewrap");
            item.add(answer);
        }
        if (c.privateReason() != null) {
            item.add(new Paragraph(getTranslation("qa.reason", c.privateReason())));
        }
        if (c.status() == ClarificationStatus.OPEN) {
            Button publish = new Button(getTranslation("qa.publish"), e -> publishDialog(c).open());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button privately = new Button(getTranslation("qa.private"), e -> privateDialog(c).open());
            item.add(new HorizontalLayout(publish, privately));
        }
        return item;
    }

    private Dialog publishDialog(ClarificationView c) {
        Dialog dialog = new Dialog(getTranslation("qa.publish"));
        dialog.setWidth("40rem");
        Paragraph original = new Paragraph(getTranslation("qa.original", c.question()));
        original.addClassName("samspill-muted");
        // starts empty on purpose: the buyer writes the published wording, so the asker's words are not copied over
        TextArea question = area("qa.published-question", "");
        question.setHelperText(getTranslation("qa.published-question.help"));
        dialog.add(original);
        TextArea answer = area("qa.answer", "");
        dialog.add(question, answer);
        FormDialog.of(dialog, "qa.publish", "confirm-publish-answer", () -> {
            clarifications.publish(d.id(), c.id(), c.version(), question.getValue(), answer.getValue());
            reload.run();
        });
        return dialog;
    }

    private Dialog privateDialog(ClarificationView c) {
        Dialog dialog = new Dialog(getTranslation("qa.private"));
        dialog.setWidth("40rem");
        TextArea answer = area("qa.answer", "");
        TextArea reason = area("qa.reason-field", "");
        reason.setHelperText(getTranslation("qa.reason-field.help"));
        TextLimits.apply(reason, DialogueRules.REASON_MAX);
        dialog.add(new Paragraph(getTranslation("qa.private.warning")), answer, reason);
        FormDialog.of(dialog, "qa.private.send", "", () -> {
            clarifications.answerPrivately(d.id(), c.id(), c.version(), answer.getValue(), reason.getValue());
            reload.run();
        });
        return dialog;
    }

    private TextArea area(String labelKey, String value) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        TextLimits.apply(area, DialogueRules.CLARIFICATION_MAX);
        area.setValue(value);
        return area;
    }

}

package no.samspill.marketdialogue.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.ClarificationView;
import no.samspill.marketdialogue.DialogueRules;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.text.Formats;
import no.samspill.platform.ui.Notify;
import no.samspill.platform.ui.Phrases;

/** A supplier asks the buyer, sees its own questions with their answers, and reads what was published to all. */
class SupplierQaPanel extends VerticalLayout {

    SupplierQaPanel(ClarificationService clarifications, long dialogueId, ZoneId zone, boolean open, Runnable reload) {
        setPadding(false);
        add(new H2(getTranslation("qa.published")), QaBlocks.published(clarifications.published(dialogueId), zone));
        add(new H2(getTranslation("qa.mine")));
        if (open) {
            TextArea question = new TextArea(getTranslation("qa.ask"));
            question.setWidthFull();
            TextLimits.apply(question, DialogueRules.CLARIFICATION_MAX);
            question.setHelperText(getTranslation("qa.ask.help"));
            question.setId("clarification-question");
            FieldErrors errors = new FieldErrors().bind(question, "clarification.error.text");
            Button send = new Button(getTranslation("qa.send"), e -> errors.run(() -> {
                clarifications.ask(dialogueId, question.getValue());
                Notify.success("qa.sent");
                reload.run();
            }));
            send.setId("send-clarification");
            add(question, send);
        }
        var mine = clarifications.mine(dialogueId);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("qa.mine.none")));
        }
        for (ClarificationView c : mine) {
            Div item = new Div();
            item.addClassName("samspill-qa");
            Span head = new Span(Phrases.facts(Formats.dateTime(c.askedAt(), zone, getLocale()),
                    getTranslation(c.status().labelKey()),
                    c.number() == null ? "" : getTranslation("qa.published-as", c.number())));
            head.addClassName("samspill-muted");
            Paragraph q = new Paragraph(c.question());
            q.addClassName("samspill-qa-question");
            item.add(head, q);
            if (c.answer() != null) {
                Paragraph a = new Paragraph(c.answer());
                a.addClassName("samspill-prewrap");
                item.add(a);
            }
            add(item);
        }
    }
}

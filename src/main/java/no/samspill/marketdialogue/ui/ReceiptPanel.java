package no.samspill.marketdialogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.samspill.marketdialogue.ReceiptService;
import no.samspill.marketdialogue.SubmissionReceipt;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.ui.Downloads;

/**
 * The receipt of the tenant's submitted response, on its answer page for as long as the response stands
 * submitted: reference, time with the zone named, what was submitted, and the same as a PDF. A live region, so a
 * screen reader announces it when it appears after submitting.
 */
class ReceiptPanel extends Div {

    ReceiptPanel(ReceiptService receipts, SubmissionReceipt r) {
        setId("receipt");
        addClassName("samspill-notice");
        getElement().setAttribute("role", "status");
        add(new H2(getTranslation("receipt.title")));
        add(line("receipt-reference", getTranslation("common.labelled", getTranslation("receipt.reference"),
                r.reference())));
        add(line("receipt-time", getTranslation("common.labelled", getTranslation("receipt.submitted-at"),
                SubmissionReceipt.timeInZone(r.submittedAt(), r.zone(),
                        Translator.of(getLocale(), this::getTranslation)))));
        add(line("receipt-dialogue", getTranslation("common.labelled", getTranslation("receipt.dialogue"),
                r.dialogueTitle())));
        String numbers = String.join(", ", r.answered().stream().map(SubmissionReceipt.Answered::number).toList());
        add(line("receipt-answered", getTranslation("receipt.answered", r.answered().size(), r.questionCount())
                + (numbers.isEmpty() ? "" : getTranslation("common.separator") + numbers)));
        long dialogueId = r.dialogueId();
        add(Downloads.link("receipt-pdf", getTranslation("receipt.pdf"), VaadinIcon.FILE_TEXT, r.reference() + ".pdf",
                Downloads.PDF, t -> receipts.pdf(dialogueId, t)));
    }

    private static Paragraph line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}

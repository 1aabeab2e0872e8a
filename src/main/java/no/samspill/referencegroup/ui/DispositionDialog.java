package no.samspill.referencegroup.ui;

import no.samspill.platform.ui.TextLimits;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.referencegroup.CommentRow;
import no.samspill.referencegroup.Disposition;
import no.samspill.referencegroup.ReferenceGroupRules;
import no.samspill.referencegroup.ReviewCommentService;

/**
 * The lead's answer to a comment. The reason is asked for when the comment is rejected in whole or in part; a
 * disposition someone else saved meanwhile is reported and the dialog keeps the lead's choice and text.
 */
class DispositionDialog extends Dialog {

    DispositionDialog(ReviewCommentService comments, CommentRow c, Runnable onSaved) {
        setHeaderTitle(getTranslation("review.dispose-title", c.sectionNumber()));
        setWidth("40rem");
        Paragraph quote = new Paragraph(getTranslation("common.labelled", c.author(), c.body()));
        quote.addClassNames("samspill-prewrap", "samspill-muted");
        RadioButtonGroup<Disposition> choice = new RadioButtonGroup<>(getTranslation("review.disposition"));
        choice.setId("disposition-choice");
        choice.setItems(Disposition.values());
        choice.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        choice.setValue(c.disposition());
        TextArea reason = new TextArea(getTranslation("review.reason"), c.reason(), "");
        reason.setId("disposition-reason");
        reason.setWidthFull();
        TextLimits.apply(reason, ReferenceGroupRules.COMMENT_MAX);
        reason.setHelperText(getTranslation("review.reason-help"));
        choice.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(e.getValue() != null
                && e.getValue().needsReason()));
        add(quote, choice, reason);
        FormDialog.saveCancel(this, "save-disposition", () -> {
            if (choice.getValue() == null) {
                throw new ValidationException("review.error.disposition");
            }
            comments.dispose(c.id(), c.version(), choice.getValue(), reason.getValue());
            Notify.success("review.disposed");
            onSaved.run();
        });
    }
}

package no.samspill.referencegroup.ui;

import no.samspill.platform.ui.DatePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FormDialog;
import no.samspill.referencegroup.DocumentSummary;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.referencegroup.ReviewState;

/** The lead moves the review window, or closes the review now (after a confirmation). */
class WindowDialog extends Dialog {


    WindowDialog(ReviewDocumentService documents, DocumentSummary d, Runnable onChanged) {
        setHeaderTitle(getTranslation("review.change-window"));
        DatePicker opens = DatePickers.date(getTranslation("review.opens"), d.opensOn());
        DatePicker closes = DatePickers.date(getTranslation("review.closes"), d.closesOn());
        closes.setId("window-closes");
        add(new FormLayout(opens, closes));
        Button closeNow = new Button(getTranslation("review.close-now"), e -> Confirm.danger(
                getTranslation("review.close-now"), getTranslation("review.close-now-confirm"),
                getTranslation("review.close-now"), () -> {
                    documents.closeNow(d.id(), d.version());
                    onChanged.run();
                    close();
                }));
        closeNow.setId("close-review");
        closeNow.setEnabled(d.state() != ReviewState.CLOSED);
        getFooter().add(closeNow);
        FormDialog.saveCancel(this, "save-window", () -> {
            if (opens.getValue() == null || closes.getValue() == null) {
                throw new ValidationException("review.error.window-missing");
            }
            documents.changeWindow(d.id(), d.version(), opens.getValue(), closes.getValue());
            onChanged.run();
        });
    }
}

package no.samspill.referencegroup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.Supplier;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.ui.Dialogs;
import no.samspill.platform.ui.Notify;
import no.samspill.referencegroup.DocumentSummary;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.referencegroup.ReviewState;

/** The lead moves the review window, or closes the review now (after a confirmation). */
class WindowDialog extends Dialog {

    private final Runnable onChanged;

    WindowDialog(ReviewDocumentService documents, DocumentSummary d, Runnable onChanged) {
        this.onChanged = onChanged;
        setHeaderTitle(getTranslation("review.change-window"));
        DatePicker opens = new DatePicker(getTranslation("review.opens"), d.opensOn());
        DatePicker closes = new DatePicker(getTranslation("review.closes"), d.closesOn());
        closes.setId("window-closes");
        add(new FormLayout(opens, closes));
        Button closeNow = new Button(getTranslation("review.close-now"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("review.close-now"));
            confirm.setText(getTranslation("review.close-now-confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation("review.close-now"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(ev -> {
                if (change(() -> documents.closeNow(d.id(), d.version()))) {
                    close();
                }
            });
            confirm.open();
        });
        closeNow.setId("close-review");
        closeNow.setEnabled(d.state() != ReviewState.CLOSED);
        getFooter().add(closeNow);
        Dialogs.saveCancel(this, "save-window", () -> {
            if (opens.getValue() == null || closes.getValue() == null) {
                Notify.errorKey("review.error.window-missing");
                return false;
            }
            return change(() -> documents.changeWindow(d.id(), d.version(), opens.getValue(), closes.getValue()));
        });
    }

    /** Saves and shows the review again; a refused change keeps the dialog and its dates. */
    private boolean change(Supplier<DocumentSummary> action) {
        try {
            action.get();
            onChanged.run();
            return true;
        } catch (SamspillException ex) {
            Notify.error(ex);
            return false;
        }
    }
}

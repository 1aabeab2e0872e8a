package no.samspill.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Are you sure?" before a change: a header, a sentence, Cancel (also Escape) and the confirming button. The
 * change runs through {@link Changes}, so a refusal is told the one usual way. Texts are translated by the caller,
 * as they usually carry arguments.
 */
public final class Confirm {

    private Confirm() {
    }

    /** Opens the question for a change that can be undone or is expected (publish, approve). */
    public static ConfirmDialog action(String header, String text, String confirmText, Runnable change) {
        return open(header, text, confirmText, false, change);
    }

    /** Opens the question for a change that takes something away (withdraw, deactivate), in the error theme. */
    public static ConfirmDialog danger(String header, String text, String confirmText, Runnable change) {
        return open(header, text, confirmText, true, change);
    }

    /** Opens the question for a deletion: the confirming button says "Delete", in the error theme. */
    public static ConfirmDialog delete(String header, String text, Runnable change) {
        return danger(header, text, UI.getCurrent().getTranslation("common.delete"), change);
    }

    private static ConfirmDialog open(String header, String text, String confirmText, boolean danger,
            Runnable change) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(UI.getCurrent().getTranslation("common.cancel"));
        confirm.setConfirmText(confirmText);
        if (danger) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> Changes.run(change));
        confirm.open();
        return confirm;
    }
}

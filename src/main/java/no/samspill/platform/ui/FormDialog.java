package no.samspill.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The footer of every form dialog: Cancel, and a primary button that runs the change and closes the dialog only
 * when it went through. A refusal stays in the open dialog with everything typed in it: on the field it belongs to
 * when the dialog {@link #bind bound} its message key, else as the error handler's notification.
 */
public final class FormDialog {

    private final Dialog dialog;
    private final FieldErrors errors = new FieldErrors();
    private final Button save;

    private FormDialog(Dialog dialog, String saveKey, String saveId, Runnable change) {
        this.dialog = dialog;
        this.save = action(saveKey, saveId, change);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), save);
    }

    /** Cancel and Save ("common.save"). */
    public static FormDialog saveCancel(Dialog dialog, String saveId, Runnable change) {
        return new FormDialog(dialog, "common.save", saveId, change);
    }

    /** Cancel and a primary button with its own label (e.g. "Send invitation"). */
    public static FormDialog of(Dialog dialog, String saveKey, String saveId, Runnable change) {
        return new FormDialog(dialog, saveKey, saveId, change);
    }

    /** Shows refusals with this message key (or key prefix) on the field; see {@link FieldErrors}. */
    public FormDialog bind(HasValidation field, String messageKey) {
        errors.bind(field, messageKey);
        return this;
    }

    /**
     * A further footer button, before the primary one, that also runs a change and closes the dialog when it went
     * through (e.g. "Save" beside "Publish").
     */
    public Button extra(String key, String id, Runnable change) {
        Button extra = action(key, id, change);
        dialog.getFooter().remove(save);
        dialog.getFooter().add(extra, save);
        return extra;
    }

    /** Places a component (e.g. a "Check" button) in the footer before the primary button. */
    public FormDialog beside(Component component) {
        dialog.getFooter().remove(save);
        dialog.getFooter().add(component, save);
        return this;
    }

    /** The primary button, for a test id, an icon or enabling it later. */
    public Button save() {
        return save;
    }

    private Button action(String key, String id, Runnable change) {
        Button b = new Button(dialog.getTranslation(key));
        // disabled in the browser at the click, so that a double click sends one change, not a second that fails
        b.setDisableOnClick(true);
        b.addClickListener(e -> {
            if (errors.run(change)) {
                Notify.clearError();
                dialog.close();
            } else {
                b.setEnabled(true);
            }
        });
        if (!id.isEmpty()) {
            b.setId(id);
        }
        return b;
    }
}

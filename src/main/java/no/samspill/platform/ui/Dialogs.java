package no.samspill.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/** The footer every form dialog has: Cancel, and a primary Save that closes the dialog only when the save went through. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Adds Cancel and Save to the dialog's footer. {@code save} returns false when the save was refused (it has shown
     * why); the dialog then stays open with everything typed in it.
     */
    public static Button saveCancel(Dialog dialog, String saveId, BooleanSupplier save) {
        Button ok = new Button(dialog.getTranslation("common.save"), e -> {
            if (save.getAsBoolean()) {
                dialog.close();
            }
        });
        ok.setId(saveId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), ok);
        return ok;
    }
}

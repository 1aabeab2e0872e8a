package no.samspill.platform.ui;

import no.samspill.platform.text.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.Arrays;
import no.samspill.platform.i18n.SamspillException;

/** Translated notifications; error messages stay until closed so a user can read them. */
public final class Notify {

    private Notify() {
    }

    public static void success(String messageKey, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(messageKey, args), 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(SamspillException e) {
        errorKey(e.messageKey(), e.args());
    }

    public static void errorKey(String messageKey, Object... args) {
        Notification n = new Notification();
        UI ui = UI.getCurrent();
        // a service names days as LocalDate; the reader wants them in their own language's format
        Object[] shown = Arrays.stream(args).map(a -> a instanceof LocalDate d ? Formats.date(d, ui.getLocale()) : a)
                .toArray();
        n.setText(ui.getTranslation(messageKey, shown));
        n.setDuration(8000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }
}

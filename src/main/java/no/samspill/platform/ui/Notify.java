package no.samspill.platform.ui;

import no.samspill.platform.text.Formats;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Locale;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.security.DeclarationRequiredException;
import com.vaadin.flow.component.html.Anchor;
import org.jspecify.annotations.Nullable;

/**
 * Translated notifications. Success fades after a few seconds; an error stays until the user closes it, the next
 * change goes through or the user moves to another page (WCAG 2.2.1: no time limit on reading it). The card is a
 * live region (role alert), so a screen reader announces the message when it appears.
 */
public final class Notify {

    private static final String OPEN_ERROR = "samspill.open-error";

    private Notify() {
    }

    public static void success(String messageKey, Object... args) {
        clearError();
        Notification n = Notification.show(UI.getCurrent().getTranslation(messageKey, args), 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Word that a repeat changed nothing, because what was asked is already so (already submitted, already invited):
     * told plainly in the neutral theme, not as an error, and it closes an error still on screen.
     */
    public static void info(String messageKey, Object... args) {
        clearError();
        Notification n = Notification.show(UI.getCurrent().getTranslation(messageKey, args), 6000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    public static void error(SamspillException e) {
        if (e instanceof DeclarationRequiredException refusal) {
            // the impartiality gate refused a click: the message says why, the link where to declare
            Anchor link = new Anchor(refusal.link(), UI.getCurrent().getTranslation(refusal.linkKey()));
            link.setId("error-gate-link");
            show(e.messageKey(), e.args(), link);
        } else {
            errorKey(e.messageKey(), e.args());
        }
    }

    public static void errorKey(String messageKey, Object... args) {
        show(messageKey, args, null);
    }

    private static void show(String messageKey, Object[] args, @Nullable Anchor link) {
        UI ui = UI.getCurrent();
        clearError();
        Object[] shown = readable(args, ui.getLocale());
        Notification n = new Notification();
        Span text = new Span(ui.getTranslation(messageKey, shown));
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> n.close());
        close.setId("close-error");
        close.setAriaLabel(ui.getTranslation("common.close"));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout row = link == null ? new HorizontalLayout(text, close)
                : new HorizontalLayout(text, link, close);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(row);
        n.setDuration(0);
        // at the bottom, so that it does not cover the form the message is about
        n.setPosition(Notification.Position.BOTTOM_STRETCH);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Registration leave = ui.addAfterNavigationListener(e -> n.close());
        n.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                leave.remove();
                ComponentUtil.setData(ui, OPEN_ERROR, null);
            }
        });
        ComponentUtil.setData(ui, OPEN_ERROR, n);
        n.open();
    }

    /** A service names days as LocalDate; the reader wants them in their own language's format. */
    static Object[] readable(Object[] args, Locale locale) {
        return Arrays.stream(args).map(a -> a instanceof LocalDate d ? Formats.date(d, locale) : a).toArray();
    }

    /** Closes the error on screen, if any: what it was about has been put right. */
    public static void clearError() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, OPEN_ERROR) instanceof Notification open) {
            open.close();
        }
    }
}

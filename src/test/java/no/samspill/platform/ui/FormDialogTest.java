package no.samspill.platform.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The form dialog's footer and the error message: one click one change, and an error that waits for its reader. */
class FormDialogTest extends KaribuTest {

    @Test
    void the_save_button_is_off_while_its_change_runs_and_back_on_when_the_change_was_refused() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        AtomicBoolean enabledDuringChange = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        Dialog dialog = new Dialog();
        FormDialog form = FormDialog.saveCancel(dialog, "test-save", () -> {
            enabledDuringChange.set(_get(Button.class, s -> s.withId("test-save")).isEnabled());
            if (attempts.incrementAndGet() == 1) {
                throw new ValidationException("error.duplicate");
            }
        });
        dialog.open();
        assertThat(form.save().isDisableOnClick()).as("disabled in the browser at the click").isTrue();

        _click(form.save());
        assertThat(enabledDuringChange).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(form.save().isEnabled()).as("enabled again after the refusal").isTrue();
        Notification error = NotificationsKt.getNotifications().getLast();
        assertThat(lastNotification()).isEqualTo(t("error.duplicate"));
        assertThat(error.getDuration()).as("an error stays until it is read").isZero();

        _click(form.save());
        assertThat(dialog.isOpened()).isFalse();
        assertThat(error.isOpened()).as("the error is put right by the save").isFalse();
    }

    @Test
    void an_error_stays_until_it_is_closed_or_the_user_moves_on() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        Notify.errorKey("error.duplicate");
        Notification first = NotificationsKt.getNotifications().getLast();
        _click(_get(first, Button.class, s -> s.withId("close-error")));
        assertThat(first.isOpened()).isFalse();

        Notify.errorKey("error.duplicate");
        Notification second = NotificationsKt.getNotifications().getLast();
        Notify.errorKey("error.unavailable");
        assertThat(second.isOpened()).as("one error at a time: the newest").isFalse();
        Notification third = NotificationsKt.getNotifications().getLast();
        UI.getCurrent().navigate("projects");
        assertThat(third.isOpened()).as("closed on leaving the page").isFalse();
    }
}

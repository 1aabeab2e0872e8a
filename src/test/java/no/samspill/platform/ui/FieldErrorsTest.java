package no.samspill.platform.ui;

import com.vaadin.flow.component.textfield.TextField;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors at the field on any form, in a dialog or not: a bound refusal marks its field, any other is a message. */
class FieldErrorsTest extends KaribuTest {

    @Test
    void a_refusal_bound_to_a_field_shows_on_that_field_and_the_longest_binding_wins() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        TextField password = new TextField();
        TextField repeated = new TextField();
        repeated.setValue("typed");
        FieldErrors errors = new FieldErrors().bind(password, "password.error.").bind(repeated,
                "password.error.mismatch");

        assertThat(errors.run(() -> {
            throw new ValidationException("password.error.mismatch");
        })).isFalse();
        assertThat(repeated.isInvalid()).isTrue();
        assertThat(repeated.getErrorMessage()).isEqualTo(t("password.error.mismatch"));
        assertThat(repeated.getValue()).isEqualTo("typed");
        assertThat(password.isInvalid()).isFalse();
        assertThat(lastNotification()).isEmpty();

        assertThat(errors.run(() -> { })).isTrue();
        assertThat(repeated.isInvalid()).as("the next run starts clean").isFalse();
    }

    @Test
    void a_refusal_bound_to_no_field_stays_a_message_and_marks_nothing() {
        loginAndOpen(TestUsers.HSO_LEAD, "");
        TextField title = new TextField();
        FieldErrors errors = new FieldErrors().bind(title, "dialogue.error.title");
        errors.run(() -> {
            throw new ValidationException("dialogue.error.closed");
        });
        assertThat(title.isInvalid()).isFalse();
        assertThat(lastNotification()).isEqualTo(t("dialogue.error.closed"));
    }
}

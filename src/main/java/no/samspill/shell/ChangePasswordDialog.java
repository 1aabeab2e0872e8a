package no.samspill.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import no.samspill.identity.AccountService;
import no.samspill.identity.IdentityRules;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Notify;

/** "Change password" from the user menu: the current password, then the new one twice. */
class ChangePasswordDialog extends Dialog {

    ChangePasswordDialog(AccountService accounts) {
        setHeaderTitle(getTranslation("shell.change-password"));
        setWidth("min(28rem, 100vw)");
        PasswordField current = field("change-password.current", "current-password");
        PasswordField password = field("password.new", "new-password");
        password.setHelperText(getTranslation("password.rules", IdentityRules.PASSWORD_MIN));
        PasswordField repeated = field("password.repeat", "repeat-password");
        FormLayout form = new FormLayout(current, password, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button save = new Button(getTranslation("common.save"), e -> {
            current.setInvalid(false);
            password.setInvalid(false);
            try {
                accounts.changePassword(current.getValue(), password.getValue(), repeated.getValue());
                close();
                Notify.success("change-password.done");
            } catch (ValidationException ex) {
                // the error goes to the field it is about; the typed values stay
                PasswordField at = ex.messageKey().equals("password.error.current") ? current
                        : ex.messageKey().equals("password.error.mismatch") ? repeated : password;
                at.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                at.setInvalid(true);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        current.focus();
    }

    private PasswordField field(String labelKey, String id) {
        PasswordField field = new PasswordField();
        field.setLabel(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(IdentityRules.PASSWORD_MAX);
        field.setWidthFull();
        return field;
    }
}

package no.samspill.shell;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import no.samspill.identity.AccountService;
import no.samspill.identity.IdentityRules;
import no.samspill.platform.ui.FormDialog;
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
        FormDialog.saveCancel(this, "save-password", () -> {
            accounts.changePassword(current.getValue(), password.getValue(), repeated.getValue());
            Notify.success("change-password.done");
        }).bind(current, "password.error.current").bind(repeated, "password.error.mismatch")
                .bind(password, "password.error.");
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

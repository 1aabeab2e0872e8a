package no.samspill.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import no.samspill.identity.InvitationResult;
import no.samspill.identity.MemberRow;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.ui.Notify;

/** Change a member's roles and unit, deactivate or reactivate them, or give a fresh invitation link. */
class MemberDialog extends Dialog {

    MemberDialog(UserAdminService admin, MemberRow row, Runnable onChanged) {
        setHeaderTitle(row.displayName());
        RoleAndUnitFields fields = new RoleAndUnitFields(admin.inviteOptions());
        fields.setValue(row.roles(), row.unitId());
        add(new Paragraph(row.email()), new FormLayout(fields.roles, fields.unit));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                admin.changeRoles(row.membershipId(), row.version(), fields.roles.getValue(), fields.unitId());
                Notify.success("users.saved", row.displayName());
                close();
                onChanged.run();
            } catch (SamspillException ex) {
                Notify.error(ex);
            }
        });
        save.setId("save-member");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (row.pending()) {
            // only its person can make an invitation active; the admin may send it again or take it back
            Button again = new Button(getTranslation("users.new-link"), e -> {
                InvitationResult result = admin.reissueInvitation(row.membershipId());
                close();
                Notify.success("users.invite.sent", result.email());
            });
            again.setId("resend-invitation");
            Button withdraw = new Button(getTranslation("users.withdraw"), e -> confirmWithdraw(admin, row, onChanged));
            withdraw.setId("withdraw-invitation");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(again, withdraw);
        } else {
            Button toggle = new Button(getTranslation(row.active() ? "users.deactivate" : "users.reactivate"),
                    e -> confirmToggle(admin, row, onChanged));
            toggle.setId("toggle-member");
            if (row.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            getFooter().add(toggle);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void confirmWithdraw(UserAdminService admin, MemberRow row, Runnable onChanged) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("users.withdraw"));
        confirm.setText(getTranslation("users.withdraw.confirm", row.email()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("users.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                admin.withdrawInvitation(row.membershipId(), row.version());
                close();
                onChanged.run();
                Notify.success("users.withdrawn", row.email());
            } catch (SamspillException ex) {
                Notify.error(ex);
            }
        });
        confirm.open();
    }

    private void confirmToggle(UserAdminService admin, MemberRow row, Runnable onChanged) {
        boolean deactivate = row.active();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(deactivate ? "users.deactivate" : "users.reactivate"));
        confirm.setText(getTranslation(deactivate ? "users.deactivate.confirm" : "users.reactivate.confirm",
                row.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation(deactivate ? "users.deactivate" : "users.reactivate"));
        if (deactivate) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(e -> {
            try {
                admin.setActive(row.membershipId(), row.version(), !deactivate);
                close();
                onChanged.run();
            } catch (SamspillException ex) {
                Notify.error(ex);
            }
        });
        confirm.open();
    }
}

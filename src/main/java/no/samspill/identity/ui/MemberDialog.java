package no.samspill.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import no.samspill.identity.InvitationResult;
import no.samspill.identity.MemberRow;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.ui.Confirm;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;

/** Change a member's roles and unit, deactivate or reactivate them, or give a fresh invitation link. */
class MemberDialog extends Dialog {

    MemberDialog(UserAdminService admin, MemberRow row, Runnable onChanged) {
        setHeaderTitle(row.displayName());
        RoleAndUnitFields fields = new RoleAndUnitFields(admin.inviteOptions());
        fields.setValue(row.roles(), row.unitId());
        add(new Paragraph(row.email()), new FormLayout(fields.roles, fields.unit));
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
        FormDialog.saveCancel(this, "save-member", () -> {
            admin.changeRoles(row.membershipId(), row.version(), fields.roles.getValue(), fields.unitId());
            Notify.success("users.saved", row.displayName());
            onChanged.run();
        }).bind(fields.roles, "user.error.no-role").bind(fields.roles, "user.error.role-not-allowed")
                .bind(fields.roles, "user.error.own-admin-role").bind(fields.unit, "user.error.unit");
    }

    private void confirmWithdraw(UserAdminService admin, MemberRow row, Runnable onChanged) {
        Confirm.danger(getTranslation("users.withdraw"), getTranslation("users.withdraw.confirm", row.email()),
                getTranslation("users.withdraw"), () -> {
                    admin.withdrawInvitation(row.membershipId(), row.version());
                    close();
                    onChanged.run();
                    Notify.success("users.withdrawn", row.email());
                });
    }

    private void confirmToggle(UserAdminService admin, MemberRow row, Runnable onChanged) {
        boolean deactivate = row.active();
        String action = getTranslation(deactivate ? "users.deactivate" : "users.reactivate");
        String question = getTranslation(deactivate ? "users.deactivate.confirm" : "users.reactivate.confirm",
                row.displayName());
        Runnable change = () -> {
            admin.setActive(row.membershipId(), row.version(), !deactivate);
            close();
            onChanged.run();
        };
        if (deactivate) {
            Confirm.danger(action, question, action, change);
        } else {
            Confirm.action(action, question, action, change);
        }
    }
}

package no.samspill.identity.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.identity.InvitationResult;
import no.samspill.identity.InviteCommand;
import no.samspill.identity.InviteOptions;
import no.samspill.identity.UserAdminService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;

/** Invite a person to the active tenant. A refused save keeps everything typed in the form. */
class InviteDialog extends Dialog {

    InviteDialog(UserAdminService admin, Runnable onInvited) {
        InviteOptions options = admin.inviteOptions();
        setHeaderTitle(getTranslation("users.invite.title", options.tenantName()));
        PersonFields person = new PersonFields(Language.of(getLocale()));
        EmailField email = person.email;
        TextField name = person.name;
        Select<Language> language = person.language;
        RoleAndUnitFields fields = new RoleAndUnitFields(options);
        FormLayout form = new FormLayout(email, name, fields.roles, fields.unit, language);
        add(new Paragraph(getTranslation("users.invite.intro")), form);
        FormDialog.of(this, "users.invite.send", "send-invitation", () -> {
            InvitationResult result = admin.invite(new InviteCommand(email.getValue(), name.getValue(),
                    fields.roles.getValue(), fields.unitId(), language.getValue()));
            onInvited.run();
            switch (result.outcome()) {
                case INVITED -> Notify.success("users.invite.sent", result.email());
                case ALREADY_INVITED -> Notify.info("users.invite.already-invited", result.email());
                case ALREADY_MEMBER -> Notify.info("users.invite.already-member", result.email());
            }
        }).bind(email, "user.error.email").bind(name, "user.error.name");
        email.focus();
    }
}

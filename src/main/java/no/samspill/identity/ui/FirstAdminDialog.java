package no.samspill.identity.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.identity.InvitationResult;
import no.samspill.identity.PlatformAdminService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.ui.FormDialog;
import no.samspill.platform.ui.Notify;
import no.samspill.tenancy.TenantSummary;

/** The platform admin invites a new tenant's first administrator, who then invites everyone else. */
class FirstAdminDialog extends Dialog {

    FirstAdminDialog(PlatformAdminService admins, TenantSummary tenant) {
        setHeaderTitle(getTranslation("tenants.invite-admin.title", tenant.name()));
        PersonFields person = new PersonFields(Language.ofCode(tenant.defaultLanguage()).orElse(Language.DEFAULT));
        EmailField email = person.email;
        TextField name = person.name;
        Select<Language> language = person.language;
        add(new Paragraph(getTranslation("tenants.invite-admin.intro")), new FormLayout(email, name, language));
        FormDialog.of(this, "users.invite.send", "", () -> {
            InvitationResult result = admins.inviteFirstAdmin(tenant.id(), email.getValue(), name.getValue(),
                    language.getValue());
            switch (result.outcome()) {
                case INVITED -> Notify.success("users.invite.sent", result.email());
                case ALREADY_INVITED -> Notify.info("users.invite.already-invited", result.email());
                case ALREADY_MEMBER -> Notify.info("users.invite.already-member", result.email());
            }
        }).bind(email, "user.error.email").bind(name, "user.error.name");
        email.focus();
    }
}

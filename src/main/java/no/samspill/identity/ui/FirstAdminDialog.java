package no.samspill.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import no.samspill.identity.InvitationResult;
import no.samspill.identity.PlatformAdminService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.i18n.ValidationException;
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
        Button send = new Button(getTranslation("users.invite.send"), e -> {
            try {
                InvitationResult result = admins.inviteFirstAdmin(tenant.id(), email.getValue(), name.getValue(),
                        language.getValue());
                close();
                Notify.success("users.invite.sent", result.email());
            } catch (ValidationException ex) {
                Notify.error(ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
        email.focus();
    }
}

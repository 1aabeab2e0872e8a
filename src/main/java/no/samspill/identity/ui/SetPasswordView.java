package no.samspill.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.samspill.identity.AccountService;
import no.samspill.identity.IdentityRules;
import no.samspill.identity.InvitationInfo;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.PageTitles;

/** Where an invited person sets their password through the one-time link, or anyone a new one after a reset. */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends BoxPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    SetPasswordView(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        box.removeAll();
        accounts.invitation(token).ifPresentOrElse(info -> showForm(token, info), () -> {
            box.add(new H1(getTranslation("password.title")));
            box.add(new Paragraph(getTranslation("password.error.link")));
            box.add(new Anchor("login", getTranslation("password.to-login")));
        });
    }

    private void showForm(String token, InvitationInfo info) {
        // the mail was written in the person's language; the page they open from it speaks it too
        UI ui = UI.getCurrent();
        if (ui.getSession().getAttribute(Language.SESSION_ATTRIBUTE) == null) {
            Language.ofCode(info.languageCode()).ifPresent(l -> l.applyTo(ui));
        }
        box.add(new H1(getTranslation(info.reset() ? "password.reset.title" : "password.title")));
        box.add(new Paragraph(info.reset() ? getTranslation("password.reset.intro", info.displayName(), info.email())
                : info.tenantName().isEmpty()
                ? getTranslation("password.intro-platform", info.displayName(), info.email())
                : getTranslation("password.intro", info.displayName(), info.tenantName(), info.email())));
        PasswordField password = new PasswordField(getTranslation("password.new"));
        password.setId("new-password");
        password.setHelperText(getTranslation("password.rules", IdentityRules.PASSWORD_MIN));
        password.setMaxLength(IdentityRules.PASSWORD_MAX);
        password.setWidthFull();
        PasswordField repeated = new PasswordField(getTranslation("password.repeat"));
        repeated.setId("repeat-password");
        repeated.setMaxLength(IdentityRules.PASSWORD_MAX);
        repeated.setWidthFull();
        Button save = new Button(getTranslation("password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        // every refusal (a weak password, a used link) is about the new password, but a mismatch is the repeat's
        FieldErrors errors = new FieldErrors().bind(password, "password.error.")
                .bind(repeated, "password.error.mismatch");
        save.addClickListener(e -> errors.run(() -> {
            accounts.setPassword(token, password.getValue(), repeated.getValue());
            box.removeAll();
            box.add(new H1(getTranslation("password.done.title")),
                    new Paragraph(getTranslation("password.done")),
                    new Anchor("login", getTranslation("password.to-login")));
        }));
        box.add(password, repeated, save);
        password.focus();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("password.title");
    }
}

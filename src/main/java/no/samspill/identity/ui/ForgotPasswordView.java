package no.samspill.identity.ui;

import no.samspill.platform.ui.TextLimits;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.samspill.identity.IdentityRules;
import no.samspill.identity.PasswordResets;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.FieldErrors;
import no.samspill.platform.ui.PageTitles;

/**
 * "Forgot password?" from the login page. The answer is the same whether or not the address has an account, so the
 * page tells nobody who uses the portal.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends BoxPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResets resets;

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
    }

    /** A fresh form on every visit: coming back after a send starts over. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        box.removeAll();
        EmailField email = new EmailField(getTranslation("login.username"));
        email.setId("forgot-email");
        TextLimits.apply(email, IdentityRules.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        Button send = new Button(getTranslation("forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        FieldErrors errors = new FieldErrors().bind(email, "user.error.email");
        send.addClickListener(e -> errors.run(() -> send(email)));
        HorizontalLayout actions = new HorizontalLayout(send, new Anchor("login", getTranslation("password.to-login")));
        actions.setAlignItems(Alignment.CENTER);
        actions.addClassName("samspill-form-actions");
        box.add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email,
                actions);
        email.focus();
    }

    private void send(EmailField email) {
        String address = email.getValue().strip();
        // the portal's own pattern, so the refusal is the same as anywhere an address is typed
        if (!IdentityRules.EMAIL.matcher(address).matches()) {
            throw new ValidationException("user.error.email");
        }
        resets.request(address);
        box.removeAll();
        Paragraph sent = new Paragraph(getTranslation("forgot.sent", address));
        sent.setId("forgot-sent");
        box.add(new H1(getTranslation("forgot.title")), sent, new Anchor("login", getTranslation("password.to-login")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("forgot.title");
    }
}

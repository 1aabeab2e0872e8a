package no.samspill.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.ui.LanguageChooser;
import no.samspill.platform.ui.PageTitles;

/** The login page. The form posts to Spring Security; failures come back as ?error or ?throttled. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AccessPolicy access;

    LoginView(AccessPolicy access) {
        this.access = access;
        addClassName("samspill-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setI18n(i18n());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("samspill-login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("samspill-lead");
        Anchor statement = new Anchor("accessibility", getTranslation("shell.accessibility"));
        statement.setId("accessibility-link");
        statement.addClassName("samspill-statement-link");
        Div box = new Div(brand, tagline, form, new LanguageChooser(), statement);
        box.addClassName("samspill-login-box");
        add(box);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (access.isLoggedIn()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            form.showErrorMessage(getTranslation("login.throttled.title"), getTranslation("login.throttled.message"));
        } else if (params.containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofKey("login.title");
    }
}

package no.samspill.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import no.samspill.identity.AccountService;
import no.samspill.platform.i18n.Language;
import no.samspill.platform.security.AccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Picks each new UI's language before any view is built: the one chosen in this session, else the user's saved
 * preference, else the browser's; and installs the error handler that turns failures into readable messages.
 */
@Component
class ShellServiceInit implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AccessPolicy access;

    ShellServiceInit(AccountService accounts, AccessPolicy access) {
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new UserFacingErrorHandler()));
        event.getSource().addUIInitListener(e -> languageFor(e.getUI()).applyTo(e.getUI()));
    }

    private Language languageFor(UI ui) {
        Object chosen = ui.getSession().getAttribute(Language.SESSION_ATTRIBUTE);
        if (chosen != null) {
            return Language.ofCode(chosen.toString()).orElse(Language.DEFAULT);
        }
        if (access.isLoggedIn()) {
            try {
                return accounts.me().language();
            } catch (RuntimeException e) {
                // a deactivated user still holding a session: fall through to the browser's language
            }
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = request == null ? Language.DEFAULT.locale() : request.getLocale();
        return Language.of(browser);
    }
}

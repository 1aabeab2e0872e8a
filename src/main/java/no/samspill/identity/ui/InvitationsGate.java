package no.samspill.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.SamspillPrincipal;
import org.springframework.stereotype.Component;

/**
 * Someone whose only memberships are invitations may log in, to answer them, and do nothing else: every page but
 * the invitations page (and the public ones) sends them there, before any view is built. It reads the principal of
 * the login, so users with a tenant pay no query for it.
 */
@Component
class InvitationsGate implements VaadinServiceInitListener {

    private static final Set<Class<?>> OPEN = Set.of(InvitationsView.class, LoginView.class, SetPasswordView.class,
            ForgotPasswordView.class);
    private final AccessPolicy access;

    InvitationsGate(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::gate));
    }

    private void gate(BeforeEnterEvent event) {
        if (OPEN.contains(event.getNavigationTarget())) {
            return;
        }
        SamspillPrincipal principal = access.loggedInWithoutGrants();
        if (principal != null && principal.grants().isEmpty() && !principal.platformAdmin()) {
            event.forwardTo(InvitationsView.class);
        }
    }
}

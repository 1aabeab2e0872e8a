package no.samspill.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A logged-in user opened a view their roles do not allow. */
// error views go through the same access check as routes; they show no data, so anyone may see them
@AnonymousAllowed
class RouteForbiddenView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.forbidden.title", "error.forbidden");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

package no.samspill.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

// error views go through the same access check as routes; they show no data, so anyone may see them
@AnonymousAllowed
class RouteNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("error.not-found.title", "error.not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

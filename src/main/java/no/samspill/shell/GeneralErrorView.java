package no.samspill.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.SamspillException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any failure while opening a view. Known failures get their own message; the rest a general one. */
// error views go through the same access check as routes; they show no data, so anyone may see them
@AnonymousAllowed
class GeneralErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(GeneralErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        SamspillException known = UserFacingErrorHandler.userFacing(parameter.getCaughtException());
        if (known instanceof NotFoundException) {
            show("error.not-found.title", known.messageKey());
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (known instanceof ForbiddenException) {
            show("error.forbidden.title", known.messageKey());
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (known != null) {
            show("error.title", known.messageKey(), known.args());
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        log.error("Error while opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.title", "error.unexpected");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

package no.samspill.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.ui.Notify;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Turns an exception from a click or a save into a message in the user's language. The form stays as it was,
 * so nothing typed is lost. Unexpected failures are logged with their stack trace, which the user never sees.
 */
class UserFacingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        SamspillException known = userFacing(event.getThrowable());
        if (UI.getCurrent() == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        if (known != null) {
            Notify.error(known);
        } else {
            log.error("Unexpected error", event.getThrowable());
            Notify.errorKey("error.unexpected");
        }
    }

    /** The message the user should read for this failure, or null for one we did not foresee (logged, not shown). */
    static @Nullable SamspillException userFacing(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SamspillException s) {
                return s;
            }
            if (c instanceof OptimisticLockingFailureException) {
                return new ConcurrentEditException();
            }
            if (isOutage(c)) {
                // the database is away (restart, network): the click is lost, what was typed is still in the form
                return new SamspillException("error.unavailable");
            }
            if (c instanceof DataIntegrityViolationException) {
                // a unique key hit by a parallel save that passed our own check a moment earlier
                return new ValidationException("error.duplicate");
            }
        }
        return null;
    }

    private static boolean isOutage(Throwable t) {
        return t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException;
    }
}

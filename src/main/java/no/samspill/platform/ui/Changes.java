package no.samspill.platform.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a change from a click. A failure goes to the session's error handler, the one place that tells the user
 * about failures (the shell installs it), exactly as if the listener had thrown; the caller only learns whether the
 * change went through, so a dialog can stay open or a section can draw itself again.
 */
public final class Changes {

    private Changes() {
    }

    /** Runs the change; returns false when it failed (the user has been told why). */
    public static boolean run(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            report(e);
            return false;
        }
    }

    /** Runs the change, then {@code andThen} (typically: draw the section again); returns false when either failed. */
    public static boolean run(Runnable change, Runnable andThen) {
        return run(() -> {
            change.run();
            andThen.run();
        });
    }

    /** Runs the change and hands its result to {@code show}; returns false when either failed. */
    public static <T> boolean run(Supplier<T> change, Consumer<? super T> show) {
        return run(() -> show.accept(change.get()));
    }

    /** Tells the user about a failure the way a failing listener would be told. */
    public static void report(RuntimeException e) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            throw e;
        }
        session.getErrorHandler().error(new ErrorEvent(e));
    }
}

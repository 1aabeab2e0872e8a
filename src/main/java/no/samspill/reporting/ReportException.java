package no.samspill.reporting;

import org.jspecify.annotations.Nullable;

/** A template that is missing or broken: a programming error, never the user's input. */
public class ReportException extends RuntimeException {

    public ReportException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}

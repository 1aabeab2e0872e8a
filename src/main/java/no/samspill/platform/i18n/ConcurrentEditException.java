package no.samspill.platform.i18n;

/** Someone else saved the same record first; the user's input is kept in the form so nothing is lost. */
public class ConcurrentEditException extends SamspillException {

    public ConcurrentEditException() {
        super("error.concurrent-edit");
    }

    /** With a message of the feature's own that can say who changed what. */
    public ConcurrentEditException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

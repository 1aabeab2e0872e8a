package no.samspill.platform.i18n;

/** Input the domain refuses; nothing was saved. */
public class ValidationException extends SamspillException {

    public ValidationException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

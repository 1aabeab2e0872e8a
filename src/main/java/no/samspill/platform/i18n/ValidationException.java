package no.samspill.platform.i18n;

import java.util.List;

/** Input the domain refuses; nothing was saved. */
public class ValidationException extends SamspillException {

    private final List<String> fields;

    public ValidationException(String messageKey, Object... args) {
        this(List.of(), messageKey, args);
    }

    private ValidationException(List<String> fields, String messageKey, Object[] args) {
        super(messageKey, args);
        this.fields = List.copyOf(fields);
    }

    /**
     * A refusal about several named fields at once (the required questions still unanswered), so that a form can
     * mark each of them where its message key alone cannot say which.
     */
    public static ValidationException about(List<String> fields, String messageKey, Object... args) {
        return new ValidationException(fields, messageKey, args);
    }

    /** The fields the refusal names; empty when the message key alone tells the field (or there is none). */
    public List<String> fields() {
        return fields;
    }
}

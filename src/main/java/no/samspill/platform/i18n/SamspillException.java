package no.samspill.platform.i18n;

import java.util.Arrays;

/**
 * A failure a user can be told about: it carries a message-bundle key and its arguments instead of English text,
 * so the view shows it in the user's language (nb, da or en).
 */
public class SamspillException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public SamspillException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}

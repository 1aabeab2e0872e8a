package no.samspill.platform.i18n;

/** The one check of a typed text's length: strip it, and refuse it with the feature's message if out of bounds. */
public final class Texts {

    private Texts() {
    }

    /**
     * The stripped text, when its length is within [min, max]; otherwise a {@link ValidationException} with the
     * given message key and the maximum as its argument, so the message can say how long the text may be.
     */
    public static String clean(String value, int min, int max, String messageKey) {
        String clean = value.strip();
        if (clean.length() < min || clean.length() > max) {
            throw new ValidationException(messageKey, max);
        }
        return clean;
    }
}

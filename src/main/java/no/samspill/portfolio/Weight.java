package no.samspill.portfolio;

import no.samspill.platform.i18n.ValidationException;

/** How much an initiative contributes to a goal; entered as 1 (low) to 3 (high) where a number is typed. */
public enum Weight {
    LOW, MEDIUM, HIGH;

    /** The weight for a level of 1 to 3; anything else is refused with a message, not an exception of Java's. */
    public static Weight ofLevel(int level) {
        if (level < 1 || level > values().length) {
            throw new ValidationException("portfolio.error.weight", level);
        }
        return values()[level - 1];
    }

    public int level() {
        return ordinal() + 1;
    }

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "portfolio.weight." + name();
    }
}

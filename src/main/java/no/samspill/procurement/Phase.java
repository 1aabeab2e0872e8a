package no.samspill.procurement;

import java.util.Optional;

/** The phases of a procurement, in order. A project moves one step forward at a time. */
public enum Phase {
    NEEDS_ANALYSIS,
    MARKET_DIALOGUE,
    REQUIREMENT_SPECIFICATION,
    TENDER,
    EVALUATION,
    CONTRACT,
    CONTRACT_MANAGEMENT;

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** The bundle key of this constant's label (a test checks that every constant's key exists). */
    public String labelKey() {
        return "phase." + name();
    }
}

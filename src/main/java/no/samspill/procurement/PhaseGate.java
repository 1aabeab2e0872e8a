package no.samspill.procurement;

import java.util.Optional;

/**
 * A check that may hold a project in its phase, such as a steering-group decision point ("approval of the needs
 * analysis"). Modules contribute gates as beans; the project service asks all of them before it moves a phase.
 */
public interface PhaseGate {

    /** Empty when the move may go ahead; otherwise why not, as a message key and its arguments. */
    Optional<GateBlock> check(long projectId, Phase from, Phase to);

    record GateBlock(String messageKey, Object... args) {
    }
}

package no.samspill.procurement;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A gate for tests: holds the projects put into it, as a steering-group decision point will. */
@Component
public class HoldingGate implements PhaseGate {

    public static final Set<Long> HELD = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<GateBlock> check(long projectId, Phase from, Phase to) {
        return HELD.contains(projectId) ? Optional.of(new GateBlock("test.gate.held")) : Optional.empty();
    }
}

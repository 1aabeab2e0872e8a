package no.samspill.impartiality;

import java.util.Set;
import no.samspill.platform.security.DeclarationRequiredException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * What the gate found for one person and project: refused (with the reason) or open, and the suppliers whose
 * material stays hidden from them.
 */
record Clearance(@Nullable Reason refused, Set<Long> hiddenSuppliers) {

    static final Clearance OPEN = new Clearance(null, Set.of());

    Clearance {
        hiddenSuppliers = Set.copyOf(hiddenSuppliers);
    }

    static Clearance refused(Reason reason) {
        return new Clearance(reason, Set.of());
    }
}

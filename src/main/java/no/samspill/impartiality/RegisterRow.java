package no.samspill.impartiality;

import java.time.Instant;
import java.util.List;
import no.samspill.marketdialogue.SupplierRef;
import org.jspecify.annotations.Nullable;

/**
 * One person in a project's register: why they declare, where their declaration stands, and any decision. The tied
 * suppliers are named for the buyer's deciders; the ties' details stay in the declaration.
 */
public record RegisterRow(long userId, String name, List<RosterEntry> roles, DeclarationStatus status,
        @Nullable Long declarationId, long declarationVersion, @Nullable Instant signedAt,
        @Nullable Integer templateNumber, @Nullable Decision decision, @Nullable String reason,
        @Nullable String decidedBy, List<SupplierRef> tiedSuppliers, boolean canDecide) {

    public RegisterRow {
        roles = List.copyOf(roles);
        tiedSuppliers = List.copyOf(tiedSuppliers);
    }
}

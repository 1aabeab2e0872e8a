package no.samspill.impartiality;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A supplier on the declaration form, with what the declarer last answered for it (nothing yet: not answered). */
public record SupplierAnswer(long supplierTenantId, String supplierName, boolean answered, Set<TieKind> kinds,
        @Nullable String details) {

    public SupplierAnswer {
        kinds = Set.copyOf(kinds);
    }
}

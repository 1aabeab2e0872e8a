package no.samspill.marketdialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the equal-treatment ledger. */
public record LedgerRow(Instant occurredAt, LedgerKind kind, @Nullable String supplierName, boolean sharedWithAll,
        String summary, String actor) {
}

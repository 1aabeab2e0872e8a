package no.samspill.marketdialogue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.LedgerEntry;
import no.samspill.marketdialogue.domain.LedgerRepository;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes and reads the equal-treatment ledger; services call it inside their own transaction. */
@Component
class DialogueLedger {

    private final LedgerRepository entries;
    private final TenantDirectory tenants;
    private final DialogueAccess access;
    private final Clock clock;

    DialogueLedger(LedgerRepository entries, TenantDirectory tenants, DialogueAccess access, Clock clock) {
        this.entries = entries;
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    void toAll(long dialogueId, LedgerKind kind, String summary) {
        entries.save(new LedgerEntry(dialogueId, clock.instant(), kind, null, true, summary, access.actorName()));
    }

    void withOne(long dialogueId, LedgerKind kind, long supplierTenantId, String summary) {
        entries.save(new LedgerEntry(dialogueId, clock.instant(), kind, supplierTenantId, false, summary,
                access.actorName()));
    }

    /** The ledger, without the contacts with suppliers whose material the reader must not see. */
    List<LedgerRow> rows(long dialogueId, java.util.Set<Long> hiddenSuppliers) {
        List<LedgerEntry> list = entries.findByDialogueIdOrderByOccurredAtAscIdAsc(dialogueId).stream()
                .filter(e -> e.getSupplierTenantId() == null || !hiddenSuppliers.contains(e.getSupplierTenantId()))
                .toList();
        Map<Long, String> names = tenants.summariesOf(list.stream().map(LedgerEntry::getSupplierTenantId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).values().stream()
                .collect(Collectors.toMap(TenantSummary::id, TenantSummary::name));
        return list.stream().map(e -> new LedgerRow(e.getOccurredAt(), e.getKind(), name(names, e),
                e.isSharedWithAll(), e.getSummary(), e.getActorName())).toList();
    }

    private static @Nullable String name(Map<Long, String> names, LedgerEntry e) {
        return e.getSupplierTenantId() == null ? null : names.get(e.getSupplierTenantId());
    }
}

package no.samspill.marketdialogue.domain;

import java.util.List;
import no.samspill.marketdialogue.LedgerKind;
import org.springframework.data.repository.Repository;

/** Append and read only. */
public interface LedgerRepository extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    List<LedgerEntry> findByDialogueIdOrderByOccurredAtAscIdAsc(long dialogueId);

    boolean existsByDialogueIdAndKindAndSummaryStartingWith(long dialogueId, LedgerKind kind, String prefix);
}

package no.samspill.actionplan.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only. */
public interface ItemHistoryRepository extends Repository<ItemHistoryEntry, Long> {

    ItemHistoryEntry save(ItemHistoryEntry entry);

    List<ItemHistoryEntry> findByItemIdOrderByChangedAtDesc(long itemId);

    List<ItemHistoryEntry> findByItemIdInAndChangedAtGreaterThanEqual(Collection<Long> itemIds, Instant since);
}

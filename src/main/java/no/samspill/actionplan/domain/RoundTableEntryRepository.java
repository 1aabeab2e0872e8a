package no.samspill.actionplan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundTableEntryRepository extends JpaRepository<RoundTableEntry, Long> {

    List<RoundTableEntry> findByConferenceIdOrderByKindAscPositionAsc(long conferenceId);

    Optional<RoundTableEntry> findFirstByItemId(long itemId);

    List<RoundTableEntry> findByItemId(long itemId);

    int countByConferenceIdAndKind(long conferenceId, no.samspill.actionplan.EntryKind kind);
}

package no.samspill.marketdialogue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingRepository extends JpaRepository<MeetingSlot, Long> {

    List<MeetingSlot> findByDialogueIdOrderByStartsAt(long dialogueId);

    Optional<MeetingSlot> findByDialogueIdAndBookedBy(long dialogueId, long participantId);

    /**
     * Books the slot only if it is still free, in one statement: of two suppliers clicking at once, the database
     * lets exactly one update the row. Returns the number of rows booked (0 or 1).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update meeting_slot set booked_by = :participant, booked_at = :now, version = version + 1"
            + " where id = :slot and booked_by is null", nativeQuery = true)
    int book(@Param("slot") long slotId, @Param("participant") long participantId, @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "update meeting_slot set booked_by = null, booked_at = null, minutes = null,"
            + " minutes_published = null, minutes_published_at = null, version = version + 1"
            + " where id = :slot and booked_by = :participant", nativeQuery = true)
    int release(@Param("slot") long slotId, @Param("participant") long participantId);
}

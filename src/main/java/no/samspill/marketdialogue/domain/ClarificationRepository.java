package no.samspill.marketdialogue.domain;

import java.util.List;
import java.util.Optional;
import no.samspill.marketdialogue.ClarificationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClarificationRepository extends JpaRepository<Clarification, Long> {

    List<Clarification> findByDialogueIdOrderByAskedAtAsc(long dialogueId);

    List<Clarification> findByDialogueIdAndParticipantIdOrderByAskedAtAsc(long dialogueId, long participantId);

    List<Clarification> findByDialogueIdAndStatusOrderByPublishedNumberAsc(long dialogueId, ClarificationStatus status);

    Optional<Clarification> findByIdAndDialogueId(long id, long dialogueId);

    @Query("select coalesce(max(c.publishedNumber), 0) from Clarification c where c.dialogueId = :dialogueId")
    int highestNumber(@Param("dialogueId") long dialogueId);
}

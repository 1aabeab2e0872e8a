package no.samspill.marketdialogue.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ParticipantRepository extends JpaRepository<DialogueParticipant, Long> {

    List<DialogueParticipant> findByDialogueId(long dialogueId);

    /** Participants and submitted answers per dialogue among the ids: [dialogue id, participants, submitted]. */
    @Query("select p.dialogueId, count(p), sum(case when p.status = no.samspill.marketdialogue.ParticipantStatus"
            + ".SUBMITTED then 1 else 0 end) from DialogueParticipant p where p.dialogueId in :ids"
            + " group by p.dialogueId")
    List<Object[]> counts(@Param("ids") java.util.Collection<Long> dialogueIds);

    Optional<DialogueParticipant> findByDialogueIdAndSupplierTenantId(long dialogueId, long supplierTenantId);

    List<DialogueParticipant> findBySupplierTenantId(long supplierTenantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from DialogueParticipant p where p.dialogueId = :dialogue and p.supplierTenantId = :supplier")
    Optional<DialogueParticipant> lockByDialogueAndSupplier(@Param("dialogue") long dialogueId,
            @Param("supplier") long supplierTenantId);
}

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

    Optional<DialogueParticipant> findByDialogueIdAndSupplierTenantId(long dialogueId, long supplierTenantId);

    List<DialogueParticipant> findBySupplierTenantId(long supplierTenantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from DialogueParticipant p where p.dialogueId = :dialogue and p.supplierTenantId = :supplier")
    Optional<DialogueParticipant> lockByDialogueAndSupplier(@Param("dialogue") long dialogueId,
            @Param("supplier") long supplierTenantId);
}

package no.samspill.marketdialogue.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ParticipantRepository extends JpaRepository<DialogueParticipant, Long> {

    List<DialogueParticipant> findByDialogueId(long dialogueId);

    Optional<DialogueParticipant> findByDialogueIdAndSupplierTenantId(long dialogueId, long supplierTenantId);

    List<DialogueParticipant> findBySupplierTenantId(long supplierTenantId);
}

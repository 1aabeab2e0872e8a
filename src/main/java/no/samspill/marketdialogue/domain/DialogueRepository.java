package no.samspill.marketdialogue.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DialogueRepository extends JpaRepository<MarketDialogue, Long> {

    Optional<MarketDialogue> findByIdAndTenantId(long id, long tenantId);

    List<MarketDialogue> findByTenantIdAndProjectIdOrderByCreatedAtDesc(long tenantId, long projectId);

    /**
     * What a supplier tenant may see: published dialogues that are open to all, or to which it was invited.
     * The supplier's tenant is part of the query; other suppliers' rows never take part in the answer.
     */
    @Query("select d from MarketDialogue d where d.status = no.samspill.marketdialogue.DialogueStatus.PUBLISHED"
            + " and (d.accessMode = no.samspill.marketdialogue.AccessMode.OPEN or exists (select p from"
            + " DialogueParticipant p where p.dialogueId = d.id and p.supplierTenantId = :supplier and p.invited = true))"
            + " order by d.deadline desc")
    List<MarketDialogue> visibleToSupplier(@Param("supplier") long supplierTenantId);
}

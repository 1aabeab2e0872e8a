package no.samspill.marketdialogue.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DialogueRepository extends JpaRepository<MarketDialogue, Long> {

    Optional<MarketDialogue> findByIdAndTenantId(long id, long tenantId);

    /** Locks the dialogue row, to serialise numbering (published Q&A) within one dialogue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from MarketDialogue d where d.id = :id")
    Optional<MarketDialogue> lock(@Param("id") long id);

    List<MarketDialogue> findByTenantIdAndProjectIdOrderByCreatedAtDesc(long tenantId, long projectId);

    List<MarketDialogue> findByProjectIdOrderByCreatedAtAsc(long projectId);

    /** Published dialogues whose deadline falls in the interval: the reminder job's candidates. */
    List<MarketDialogue> findByStatusAndDeadlineBetween(no.samspill.marketdialogue.DialogueStatus status,
            java.time.Instant from, java.time.Instant to);

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

package no.samspill.audit.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Append and read only: a plain Repository, so no save-over, delete or deleteAll exists to call by mistake.
 * Every read is bound to one tenant.
 */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    String FILTER = " from AuditEntry e where e.tenantId = :tenantId"
            + " and (:actor is null or lower(e.actorName) like :actor)"
            + " and (:action is null or e.action = :action)"
            + " and (:from is null or e.occurredAt >= :from)"
            + " and (:to is null or e.occurredAt < :to)";

    @Query("select e" + FILTER + " order by e.occurredAt desc, e.id desc")
    List<AuditEntry> search(@Param("tenantId") long tenantId, @Param("actor") @Nullable String actor,
            @Param("action") @Nullable String action, @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to, Pageable page);

    @Query("select count(e)" + FILTER)
    long count(@Param("tenantId") long tenantId, @Param("actor") @Nullable String actor,
            @Param("action") @Nullable String action, @Param("from") @Nullable Instant from,
            @Param("to") @Nullable Instant to);

    @Query("select distinct e.action from AuditEntry e where e.tenantId = :tenantId order by e.action")
    List<String> actions(@Param("tenantId") long tenantId);
}

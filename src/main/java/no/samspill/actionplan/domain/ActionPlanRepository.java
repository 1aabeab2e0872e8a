package no.samspill.actionplan.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByTenantIdOrderByTitle(long tenantId);

    Optional<ActionPlan> findByIdAndTenantId(long id, long tenantId);

    List<ActionPlan> findByTenantIdAndIdIn(long tenantId, java.util.Collection<Long> ids);

    boolean existsByTenantIdAndTitleIgnoreCase(long tenantId, String title);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ActionPlan p where p.id = :id")
    Optional<ActionPlan> lock(@Param("id") long id);
}

package no.samspill.actionplan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByTenantIdOrderByTitle(long tenantId);

    Optional<ActionPlan> findByIdAndTenantId(long id, long tenantId);

    boolean existsByTenantIdAndTitleIgnoreCase(long tenantId, String title);
}

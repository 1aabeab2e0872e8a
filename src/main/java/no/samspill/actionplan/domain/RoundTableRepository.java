package no.samspill.actionplan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundTableRepository extends JpaRepository<RoundTable, Long> {

    List<RoundTable> findByTenantIdOrderByHeldOnDesc(long tenantId);

    Optional<RoundTable> findByIdAndTenantId(long id, long tenantId);
}

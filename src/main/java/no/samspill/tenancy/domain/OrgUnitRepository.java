package no.samspill.tenancy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    List<OrgUnit> findByTenantIdOrderByName(long tenantId);

    List<OrgUnit> findByTenantIdOrderByName(long tenantId, Limit limit);

    long countByTenantId(long tenantId);

    List<OrgUnit> findByTenantIdAndIdIn(long tenantId, java.util.Collection<Long> ids);

    List<OrgUnit> findByTenantIdInOrderByName(java.util.Collection<Long> tenantIds);

    Optional<OrgUnit> findByIdAndTenantId(long id, long tenantId);

    boolean existsByTenantIdAndNameIgnoreCase(long tenantId, String name);
}

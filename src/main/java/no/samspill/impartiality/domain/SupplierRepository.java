package no.samspill.impartiality.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierRepository extends JpaRepository<ProjectSupplier, Long> {

    List<ProjectSupplier> findByProjectIdOrderBySupplierName(long projectId);

    boolean existsByProjectIdAndSupplierTenantId(long projectId, long supplierTenantId);
}

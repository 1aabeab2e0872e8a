package no.samspill.knowledgebase.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectionRepository extends JpaRepository<CorrectionEntity, Long> {

    List<CorrectionEntity> findByCaseIdOrderById(long caseId);

    List<CorrectionEntity> findByCaseIdAndSupplierTenantIdOrderById(long caseId, long supplierTenantId);
}

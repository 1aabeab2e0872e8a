package no.samspill.impartiality.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeclarationRepository extends JpaRepository<Declaration, Long> {

    Optional<Declaration> findByProjectIdAndUserId(long projectId, long userId);

    List<Declaration> findByProjectIdOrderByUserName(long projectId);

    /** How many of the project's suppliers the declaration has no answer for: a count above 0 is incomplete. */
    @Query("select count(s) from ProjectSupplier s where s.projectId = :project and not exists (select a from"
            + " DeclarationAnswer a where a.declarationId = :declaration and a.supplierTenantId = s.supplierTenantId)")
    long uncovered(@Param("project") long projectId, @Param("declaration") long declarationId);
}

package no.samspill.impartiality.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeclarationAnswerRepository extends JpaRepository<DeclarationAnswer, Long> {

    List<DeclarationAnswer> findByDeclarationIdOrderBySupplierName(long declarationId);

    List<DeclarationAnswer> findByDeclarationIdIn(Collection<Long> declarationIds);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from DeclarationAnswer a where a.declarationId = :declaration")
    void deleteOf(@Param("declaration") long declarationId);
}

package no.samspill.impartiality.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TemplateRepository extends JpaRepository<DeclarationTemplate, Long> {

    /** The tenant's own versions and the shipped ones of a country, newest first (the tenant's before shipped). */
    @Query("select t from DeclarationTemplate t where t.country = :country and (t.tenantId = :tenant"
            + " or t.tenantId is null) order by case when t.tenantId is null then 1 else 0 end, t.number desc")
    List<DeclarationTemplate> versionsFor(@Param("tenant") long tenantId, @Param("country") String country);
}

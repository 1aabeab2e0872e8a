package no.samspill.knowledgebase.domain;

import java.util.List;
import no.samspill.knowledgebase.CaseLink;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseLinkRepository extends JpaRepository<CaseLinkEntity, Long> {

    /** The case's notices, and its projects of the reader's tenant only. */
    @Query("select l from CaseLinkEntity l where l.caseId = :caseId and (l.kind <> :project"
            + " or l.projectTenantId = :tenantId) order by l.kind, l.reference")
    List<CaseLinkEntity> visible(@Param("caseId") long caseId, @Param("tenantId") long tenantId,
            @Param("project") CaseLink.Kind project);

    /** The cases linked to a project, by case id. */
    @Query("select l.caseId from CaseLinkEntity l where l.projectId = :projectId")
    List<Long> casesOf(@Param("projectId") long projectId);

    boolean existsByCaseIdAndKindAndReference(long caseId, CaseLink.Kind kind, String reference);
}

package no.samspill.knowledgebase.domain;

import java.util.List;
import java.util.Optional;
import no.samspill.knowledgebase.CaseStatus;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<KnowledgeCase, Long> {

    Optional<KnowledgeCase> findByRegionAndCode(String region, String code);

    /** A case the tenant may read: any published one, and its own drafts. */
    @EntityGraph(attributePaths = {"keywords", "companies"})
    @Query("select c from KnowledgeCase c where c.id = :id"
            + " and (c.status = :published or c.contributorTenantId = :tenantId)")
    Optional<KnowledgeCase> findReadable(@Param("id") long id, @Param("tenantId") long tenantId,
            @Param("published") CaseStatus published);

    /** The tenant's own drafts, newest first. */
    List<KnowledgeCase> findByContributorTenantIdAndStatusOrderByUpdatedAtDesc(long tenantId, CaseStatus status);

    long countByStatus(CaseStatus status);

    @Query("select c.id from KnowledgeCase c where c.status = :status")
    List<Long> idsWith(@Param("status") CaseStatus status);

    @Query("select c.code from KnowledgeCase c where c.region = :region")
    List<String> codesIn(@Param("region") String region);

    /** Every case's id, in id order, for rebuilding the search index page by page. */
    @Query("select c.id from KnowledgeCase c order by c.id")
    List<Long> allIds();

    @EntityGraph(attributePaths = {"keywords", "companies"})
    @Query("select distinct c from KnowledgeCase c where c.id in :ids")
    List<KnowledgeCase> loadAll(@Param("ids") List<Long> ids);
}

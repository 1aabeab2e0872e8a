package no.samspill.procurement.domain;

import java.util.List;
import java.util.Optional;
import no.samspill.procurement.Category;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectOption;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query names the tenant: a project of another tenant is never found. */
public interface ProjectRepository extends JpaRepository<ProcurementProject, Long> {

    String FILTER = " from ProcurementProject p where p.tenantId = :tenantId"
            + " and (lower(p.title) like :pattern or lower(p.reference) like :pattern)"
            + " and (:phase is null or p.phase = :phase) and (:category is null or p.category = :category)";

    @Query("select p" + FILTER + " order by p.createdAt desc, p.id desc")
    List<ProcurementProject> search(@Param("tenantId") long tenantId, @Param("pattern") String pattern,
            @Param("phase") @Nullable Phase phase, @Param("category") @Nullable Category category, Pageable page);

    @Query("select count(p)" + FILTER)
    long count(@Param("tenantId") long tenantId, @Param("pattern") String pattern,
            @Param("phase") @Nullable Phase phase, @Param("category") @Nullable Category category);

    Optional<ProcurementProject> findByIdAndTenantId(long id, long tenantId);

    boolean existsByTenantIdAndReference(long tenantId, String reference);

    boolean existsByIdAndTenantId(long id, long tenantId);

    @Query("select p.reference from ProcurementProject p where p.tenantId = :tenantId and p.reference like :prefix")
    List<String> referencesStartingWith(@Param("tenantId") long tenantId, @Param("prefix") String prefix);

    List<ProcurementProject> findByTenantIdAndLeadUserIdOrderByCreatedAtDesc(long tenantId, long leadUserId,
            Limit limit);

    String OPTIONS = " from ProcurementProject p where p.tenantId = :tenantId"
            + " and (lower(p.reference) like :pattern or lower(p.title) like :pattern)";

    /** A page of the tenant's projects as combo boxes offer them, by reference; tenant and text in the WHERE. */
    @Query("select new no.samspill.procurement.ProjectOption(p.id, p.reference, p.title, p.phase)" + OPTIONS
            + " order by p.reference, p.id")
    List<ProjectOption> options(@Param("tenantId") long tenantId, @Param("pattern") String pattern, Pageable page);

    @Query("select count(p)" + OPTIONS)
    long countOptions(@Param("tenantId") long tenantId, @Param("pattern") String pattern);

    /** The tenant's projects among the ids, in one query (another tenant's ids find nothing). */
    @Query("select new no.samspill.procurement.ProjectOption(p.id, p.reference, p.title, p.phase)"
            + " from ProcurementProject p where p.tenantId = :tenantId and p.id in :ids")
    List<ProjectOption> options(@Param("tenantId") long tenantId, @Param("ids") java.util.Collection<Long> ids);

    /** A page of the tenant's projects among the ids, by reference, for a lazy list of another module's rows. */
    @Query("select new no.samspill.procurement.ProjectOption(p.id, p.reference, p.title, p.phase)"
            + " from ProcurementProject p where p.tenantId = :tenantId and p.id in :ids order by p.reference, p.id")
    List<ProjectOption> pageAmong(@Param("tenantId") long tenantId, @Param("ids") java.util.Collection<Long> ids,
            Pageable page);

    @Query("select count(p) from ProcurementProject p where p.tenantId = :tenantId and p.id in :ids")
    long countAmong(@Param("tenantId") long tenantId, @Param("ids") java.util.Collection<Long> ids);
}

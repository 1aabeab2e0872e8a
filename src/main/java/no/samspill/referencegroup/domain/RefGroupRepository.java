package no.samspill.referencegroup.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RefGroupRepository extends JpaRepository<RefGroup, Long> {

    List<RefGroup> findByTenantIdOrderByName(long tenantId);

    Optional<RefGroup> findByIdAndTenantId(long id, long tenantId);

    boolean existsByTenantIdAndNameIgnoreCase(long tenantId, String name);

    /**
     * Groups the user is or was a member of while acting from the given tenant: the tenant's own groups, and groups
     * of other tenants that invited it.
     */
    @Query("select g from RefGroup g where exists (select m from RefGroupMember m"
            + " where m.groupId = g.id and m.userId = :user and m.tenantId = :tenant) order by g.name")
    List<RefGroup> findWithMember(@Param("tenant") long tenantId, @Param("user") long userId);

    /**
     * The groups a user sees, filtered by name: all of the tenant's when they lead ({@code lead}), and those they are
     * or were a member of from the tenant (its own and other tenants' that invited it). Access is in the WHERE.
     */
    String VISIBLE = " from RefGroup g where ((:lead = true and g.tenantId = :tenant) or exists (select m.id from"
            + " RefGroupMember m where m.groupId = g.id and m.userId = :user and m.tenantId = :tenant))"
            + " and lower(g.name) like :pattern";

    @Query("select g" + VISIBLE + " order by g.name, g.id")
    List<RefGroup> visible(@Param("tenant") long tenantId, @Param("lead") boolean lead, @Param("user") long userId,
            @Param("pattern") String pattern, org.springframework.data.domain.Pageable page);

    @Query("select count(g)" + VISIBLE)
    long countVisible(@Param("tenant") long tenantId, @Param("lead") boolean lead, @Param("user") long userId,
            @Param("pattern") String pattern);

    List<RefGroup> findByTenantIdAndProjectIdOrderByName(long tenantId, long projectId);

    List<RefGroup> findByProjectIdOrderByName(long projectId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from RefGroup g where g.id = :id")
    Optional<RefGroup> lockById(@Param("id") long id);
}

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

    List<RefGroup> findByTenantIdAndProjectIdOrderByName(long tenantId, long projectId);

    List<RefGroup> findByProjectIdOrderByName(long projectId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from RefGroup g where g.id = :id")
    Optional<RefGroup> lockById(@Param("id") long id);
}

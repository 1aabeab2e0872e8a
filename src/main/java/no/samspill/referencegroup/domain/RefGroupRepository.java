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

    /** Groups of the tenant that the user is or was a member of. */
    @Query("select g from RefGroup g where g.tenantId = :tenant and exists (select m from RefGroupMember m"
            + " where m.groupId = g.id and m.userId = :user) order by g.name")
    List<RefGroup> findWithMember(@Param("tenant") long tenantId, @Param("user") long userId);

    List<RefGroup> findByTenantIdAndProjectIdOrderByName(long tenantId, long projectId);
}

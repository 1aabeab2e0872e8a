package no.samspill.steeringgroup.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SteeringGroupRepository extends JpaRepository<SteeringGroup, Long> {

    List<SteeringGroup> findByTenantIdOrderByName(long tenantId);

    Optional<SteeringGroup> findByIdAndTenantId(long id, long tenantId);

    boolean existsByTenantIdAndNameIgnoreCase(long tenantId, String name);

    /** Groups of the tenant that the user is an active member of (a member who has left no longer reads them). */
    @Query("select g from SteeringGroup g where g.tenantId = :tenant and exists (select m from SteeringMember m"
            + " where m.groupId = g.id and m.userId = :user and m.tenure.leftOn is null) order by g.name")
    List<SteeringGroup> findWithMember(@Param("tenant") long tenantId, @Param("user") long userId);

    /** The group locked while a case number is given, so two papers never get the same number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from SteeringGroup g where g.id = :id")
    Optional<SteeringGroup> lockById(@Param("id") long id);
}

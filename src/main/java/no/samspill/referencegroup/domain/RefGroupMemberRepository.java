package no.samspill.referencegroup.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RefGroupMemberRepository extends JpaRepository<RefGroupMember, Long> {

    List<RefGroupMember> findByGroupId(long groupId);

    /** One person's memberships of a group from one tenant: the access checks read these, not the whole group. */
    List<RefGroupMember> findByGroupIdAndUserIdAndTenantId(long groupId, long userId, long tenantId);

    boolean existsByGroupIdAndUserIdAndTenureLeftOnIsNull(long groupId, long userId);

    /** Active members per group, for a page of the group list. */
    @Query("select m.groupId, count(m) from RefGroupMember m where m.groupId in :groups and m.tenure.leftOn is null"
            + " group by m.groupId")
    List<Object[]> activeCounts(@Param("groups") Collection<Long> groupIds);

    /** The units represented today per group (active, already joined), for the representation check of a page. */
    @Query("select distinct m.groupId, m.unitId from RefGroupMember m where m.groupId in :groups"
            + " and m.tenure.leftOn is null and m.tenure.joinedOn <= :today and m.unitId is not null")
    List<Object[]> representedUnits(@Param("groups") Collection<Long> groupIds, @Param("today") LocalDate today);

    /** The groups of a page the user chairs from the tenant they act in. */
    @Query("select m.groupId from RefGroupMember m where m.groupId in :groups and m.userId = :user"
            + " and m.tenantId = :tenant and m.tenure.leftOn is null"
            + " and m.role = no.samspill.referencegroup.GroupRole.CHAIR")
    List<Long> chairedAmong(@Param("groups") Collection<Long> groupIds, @Param("user") long userId,
            @Param("tenant") long tenantId);
}

package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SteeringMemberRepository extends JpaRepository<SteeringMember, Long> {

    List<SteeringMember> findByGroupId(long groupId);

    List<SteeringMember> findByUserId(long userId);

    /** Active members per group among the ids: [group id, count]. */
    @Query("select m.groupId, count(m) from SteeringMember m where m.groupId in :groups"
            + " and m.tenure.leftOn is null group by m.groupId")
    List<Object[]> activeCounts(@Param("groups") java.util.Collection<Long> groupIds);

    boolean existsByGroupIdAndUserIdAndTenureLeftOnIsNull(long groupId, long userId);
}

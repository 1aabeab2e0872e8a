package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionPointRepository extends JpaRepository<DecisionPoint, Long> {

    List<DecisionPoint> findByProjectId(long projectId);

    List<DecisionPoint> findByGroupId(long groupId);

    /** Projects overseen per group among the ids: [group id, distinct projects]. */
    @Query("select d.groupId, count(distinct d.projectId) from DecisionPoint d where d.groupId in :groups"
            + " group by d.groupId")
    List<Object[]> projectCounts(@Param("groups") java.util.Collection<Long> groupIds);

    boolean existsByGroupIdAndProjectId(long groupId, long projectId);
}

package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionPointRepository extends JpaRepository<DecisionPoint, Long> {

    List<DecisionPoint> findByProjectId(long projectId);

    List<DecisionPoint> findByGroupId(long groupId);

    boolean existsByGroupIdAndProjectId(long groupId, long projectId);
}

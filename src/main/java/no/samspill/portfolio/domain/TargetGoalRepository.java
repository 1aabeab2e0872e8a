package no.samspill.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGoalRepository extends JpaRepository<TargetGoal, Long> {

    List<TargetGoal> findByVersionIdOrderByPositionAscIdAsc(long versionId);

    long countByVersionId(long versionId);
}

package no.samspill.portfolio.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckpointMoveRepository extends JpaRepository<CheckpointMove, Long> {

    List<CheckpointMove> findByCheckpointIdInOrderByMovedAtAsc(List<Long> checkpointIds);
}

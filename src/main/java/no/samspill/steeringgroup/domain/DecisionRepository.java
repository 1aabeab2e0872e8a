package no.samspill.steeringgroup.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingId(long meetingId);

    List<Decision> findByPaperIdOrderByDecidedOnAscIdAsc(long paperId);

    List<Decision> findByPaperIdIn(Collection<Long> paperIds);
}

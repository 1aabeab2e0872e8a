package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(long meetingId);

    List<AgendaItem> findByPaperId(long paperId);

    boolean existsByMeetingIdAndPaperId(long meetingId, long paperId);
}

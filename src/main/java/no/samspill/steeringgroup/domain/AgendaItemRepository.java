package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByMeetingIdOrderByPosition(long meetingId);

    List<AgendaItem> findByPaperId(long paperId);

    boolean existsByMeetingIdAndPaperId(long meetingId, long paperId);

    /** The meeting's papers in agenda order, in one query. */
    @Query("select p from AgendaItem a, CasePaper p where p.id = a.paperId and a.meetingId = :meeting"
            + " order by a.position")
    List<CasePaper> papersOf(@Param("meeting") long meetingId);
}

package no.samspill.steeringgroup.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingId(long meetingId);

    List<Decision> findByPaperIdOrderByDecidedOnAscIdAsc(long paperId);

    List<Decision> findByPaperIdIn(Collection<Long> paperIds);

    /** Ids of the group's papers that have a decision, in one query for the group's paper list. */
    @Query("select distinct d.paperId from Decision d where d.paperId in"
            + " (select p.id from CasePaper p where p.groupId = :group)")
    List<Long> decidedPapersOfGroup(@Param("group") long groupId);
}

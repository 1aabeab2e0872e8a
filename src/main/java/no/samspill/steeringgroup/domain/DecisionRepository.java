package no.samspill.steeringgroup.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingId(long meetingId);

    List<Decision> findByPaperIdOrderByDecidedOnAscIdAsc(long paperId);

    /**
     * The decisions on the project's papers that the reader may read: one on an exempt paper only for a member of
     * its group ({@code memberOf}: the groups the reader is an active member of, never empty).
     */
    String ABOUT_PROJECT = " from Decision d, CasePaper p where p.id = d.paperId and p.projectId = :project"
            + " and (p.exempt = false or p.groupId in :memberOf)";

    /** A page of them, by paper, then as decided: [decision, paper]. */
    @Query("select d, p" + ABOUT_PROJECT + " order by p.id, d.decidedOn, d.id")
    List<Object[]> aboutProject(@Param("project") long projectId, @Param("memberOf") Collection<Long> memberOf,
            Pageable page);

    @Query("select count(d)" + ABOUT_PROJECT)
    long countAboutProject(@Param("project") long projectId, @Param("memberOf") Collection<Long> memberOf);
}

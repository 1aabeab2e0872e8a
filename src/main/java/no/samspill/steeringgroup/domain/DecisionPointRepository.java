package no.samspill.steeringgroup.domain;

import java.util.List;
import no.samspill.procurement.Phase;
import no.samspill.steeringgroup.DecisionKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DecisionPointRepository extends JpaRepository<DecisionPoint, Long> {

    List<DecisionPoint> findByProjectId(long projectId);

    /** Projects overseen per group among the ids: [group id, distinct projects]. */
    @Query("select d.groupId, count(distinct d.projectId) from DecisionPoint d where d.groupId in :groups"
            + " group by d.groupId")
    List<Object[]> projectCounts(@Param("groups") java.util.Collection<Long> groupIds);

    boolean existsByGroupIdAndProjectId(long groupId, long projectId);

    /** Whether the group oversees any project but this one. */
    boolean existsByGroupIdAndProjectIdNot(long groupId, long projectId);

    boolean existsByGroupIdAndProjectIdAndBeforePhaseAndKind(long groupId, long projectId, Phase beforePhase,
            DecisionKind kind);

    /** The papers a point rests on: its group's papers about its project. */
    String PAPERS = "select p.id from CasePaper p where p.groupId = d.groupId and p.projectId = d.projectId";

    /**
     * Paper p's standing decision is of the point's kind. The standing decision of a paper is the one of the latest
     * meeting that decided it (of two at meetings held at the same time, the later recorded), so a later withdrawal
     * closes the gate again, whatever order the decisions were recorded in.
     */
    String STANDING = " and exists (select x.id from Decision x, SteeringMeeting m where m.id = x.meetingId"
            + " and x.paperId = p.id and x.kind = d.kind and not exists (select y.id from Decision y,"
            + " SteeringMeeting n where n.id = y.meetingId and y.paperId = x.paperId"
            + " and (n.startsAt > m.startsAt or (n.startsAt = m.startsAt and y.id > x.id))))";

    String STATES = "select new no.samspill.steeringgroup.domain.PointState(d.id, d.groupId, d.projectId,"
            + " d.beforePhase, d.kind,"
            + " case when exists (" + PAPERS + STANDING + ") then true else false end,"
            + " case when exists (" + PAPERS + " and p.exempt = false" + STANDING + ") then true else false end,"
            + " case when exists (" + PAPERS + " and p.exempt = true) then true else false end)"
            + " from DecisionPoint d";

    /** The projects the group oversees. */
    @Query("select distinct d.projectId from DecisionPoint d where d.groupId = :group")
    List<Long> projectsOfGroup(@Param("group") long groupId);

    /** The group's points on these projects (a page of them) with their state, in one query. */
    @Query(STATES + " where d.groupId = :group and d.projectId in :projects order by d.id")
    List<PointState> statesOfGroupAmong(@Param("group") long groupId,
            @Param("projects") java.util.Collection<Long> projectIds);

    /** The project's points with their state, in one query. */
    @Query(STATES + " where d.projectId = :project order by d.id")
    List<PointState> statesOfProject(@Param("project") long projectId);

    /** The project's points before the phase that no standing decision meets: what holds it there. */
    @Query("select d from DecisionPoint d where d.projectId = :project and d.beforePhase = :phase"
            + " and not exists (" + PAPERS + STANDING + ") order by d.id")
    List<DecisionPoint> unmet(@Param("project") long projectId, @Param("phase") Phase beforePhase, Limit limit);
}

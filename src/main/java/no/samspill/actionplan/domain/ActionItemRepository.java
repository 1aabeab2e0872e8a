package no.samspill.actionplan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    /** The plan's items that show; removed ones keep their row and number but are left out. */
    List<ActionItem> findByPlanIdAndRemovedFalse(long planId);

    /**
     * Items per plan and status among the plans, with how many of them have an expected month before the given day:
     * [plan id, status, count, expected before]. One grouped query for a list of plans, not their items.
     */
    @Query("select i.planId, i.status, count(i), sum(case when i.expectedMonth < :before then 1 else 0 end)"
            + " from ActionItem i where i.planId in :plans and i.removed = false group by i.planId, i.status")
    List<Object[]> statusCounts(@Param("plans") java.util.Collection<Long> planIds,
            @Param("before") java.time.LocalDate before);

    /**
     * The numbers of the items among the ids, without loading the items (and their dependencies): [id, group letter,
     * number, sub-number], for lists that name the items they link to.
     */
    @Query("select i.id, i.groupLetter, i.mainNumber, i.subNumber from ActionItem i where i.id in :ids")
    List<Object[]> numbers(@Param("ids") java.util.Collection<Long> ids);

    /** Items linked to a procurement project, in any plan. */
    List<ActionItem> findByProjectIdAndRemovedFalse(long projectId);

    /** Items not done whose expected month lies in the interval: the reminder job's candidates. */
    @Query("select i from ActionItem i where i.removed = false and i.status <> no.samspill.actionplan.ItemStatus.DONE"
            + " and i.expectedMonth between :from and :to")
    List<ActionItem> openExpectedBetween(@Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to);

    @Query("select coalesce(max(i.subNumber), 0) from ActionItem i where i.planId = :plan"
            + " and i.groupLetter = :letter and i.mainNumber = :main")
    int highestSub(@Param("plan") long planId, @Param("letter") String letter, @Param("main") int main);

    @Query("select count(i) > 0 from ActionItem i where i.planId = :plan and i.groupLetter = :letter"
            + " and i.mainNumber = :main and i.subNumber = :sub")
    boolean numberTaken(@Param("plan") long planId, @Param("letter") String letter, @Param("main") int main,
            @Param("sub") int sub);
}

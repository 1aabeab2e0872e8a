package no.samspill.referencegroup.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

    /** A page of the meetings held up to a day (a former member's last day), newest first. */
    List<GroupMeeting> findByGroupIdAndHeldOnLessThanEqualOrderByHeldOnDescIdDesc(long groupId, LocalDate until,
            Pageable page);

    long countByGroupIdAndHeldOnLessThanEqual(long groupId, LocalDate until);

    /** Each group's next meeting on or after the day, as (group id, day) pairs: one statement for all the groups. */
    @Query("select m.groupId, min(m.heldOn) from GroupMeeting m where m.groupId in :groups and m.heldOn >= :from"
            + " group by m.groupId")
    List<Object[]> findNextMeetings(@Param("groups") Collection<Long> groupIds, @Param("from") LocalDate from);
}

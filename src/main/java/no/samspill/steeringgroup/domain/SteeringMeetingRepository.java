package no.samspill.steeringgroup.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SteeringMeetingRepository extends JpaRepository<SteeringMeeting, Long> {

    /**
     * A page of the group's meetings, newest first, each with its papers and packages counted in the same query
     * (by the agenda's and the packages' indexes on the meeting), so a page costs one statement whatever it holds.
     */
    @Query("select new no.samspill.steeringgroup.domain.MeetingRow(m.id, m.startsAt, m.place, m.minutesApproved,"
            + " (select count(a.id) from AgendaItem a where a.meetingId = m.id),"
            + " (select count(k.id) from MeetingPackage k where k.meetingId = m.id))"
            + " from SteeringMeeting m where m.groupId = :group order by m.startsAt desc, m.id desc")
    List<MeetingRow> pageOfGroup(@Param("group") long groupId, Pageable page);

    long countByGroupId(long groupId);

    /** The group's meeting held last before a time, if any. */
    Optional<SteeringMeeting> findFirstByGroupIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(long groupId,
            Instant before);

    /** The group's earliest meeting from a time on whose minutes are still open. */
    Optional<SteeringMeeting> findFirstByGroupIdAndMinutesApprovedFalseAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
            long groupId, Instant from);

    /** The meeting locked while its package gets the next version number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from SteeringMeeting m where m.id = :id")
    Optional<SteeringMeeting> lockById(@Param("id") long id);
}

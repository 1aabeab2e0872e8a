package no.samspill.referencegroup.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

    List<GroupMeeting> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);

    /** A page of the meetings held up to a day (a former member's last day), newest first. */
    List<GroupMeeting> findByGroupIdAndHeldOnLessThanEqualOrderByHeldOnDescIdDesc(long groupId, LocalDate until,
            Pageable page);

    long countByGroupIdAndHeldOnLessThanEqual(long groupId, LocalDate until);
}

package no.samspill.referencegroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

    List<GroupMeeting> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);
}

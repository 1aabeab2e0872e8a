package no.samspill.steeringgroup.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SteeringMeetingRepository extends JpaRepository<SteeringMeeting, Long> {

    List<SteeringMeeting> findByGroupIdOrderByStartsAtDesc(long groupId);

    /** The meeting locked while its package gets the next version number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from SteeringMeeting m where m.id = :id")
    Optional<SteeringMeeting> lockById(@Param("id") long id);
}

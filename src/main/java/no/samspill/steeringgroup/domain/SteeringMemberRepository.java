package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SteeringMemberRepository extends JpaRepository<SteeringMember, Long> {

    List<SteeringMember> findByGroupId(long groupId);

    List<SteeringMember> findByUserId(long userId);

    boolean existsByGroupIdAndUserIdAndTenureLeftOnIsNull(long groupId, long userId);
}

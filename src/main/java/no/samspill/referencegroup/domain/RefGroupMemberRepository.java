package no.samspill.referencegroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RefGroupMemberRepository extends JpaRepository<RefGroupMember, Long> {

    List<RefGroupMember> findByGroupId(long groupId);

    boolean existsByGroupIdAndUserIdAndTenureLeftOnIsNull(long groupId, long userId);
}

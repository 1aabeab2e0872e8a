package no.samspill.referencegroup.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewSectionRepository extends JpaRepository<ReviewSection, Long> {

    List<ReviewSection> findByVersionIdOrderByPosition(long versionId);

    List<ReviewSection> findByVersionIdIn(Collection<Long> versionIds);
}

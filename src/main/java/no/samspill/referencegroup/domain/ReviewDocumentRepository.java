package no.samspill.referencegroup.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDocumentRepository extends JpaRepository<ReviewDocument, Long> {

    List<ReviewDocument> findByGroupIdOrderByCreatedAtDesc(long groupId);

    List<ReviewDocument> findByGroupIdIn(Collection<Long> groupIds);

    boolean existsByGroupIdAndTitleIgnoreCase(long groupId, String title);
}

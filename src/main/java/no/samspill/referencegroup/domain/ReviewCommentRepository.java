package no.samspill.referencegroup.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByDocumentIdOrderByCreatedAtAscIdAsc(long documentId);

    List<ReviewComment> findByDocumentIdIn(Collection<Long> documentIds);

    boolean existsBySectionIdInAndAuthorIdAndParentIdIsNull(Collection<Long> sectionIds, long authorId);
}

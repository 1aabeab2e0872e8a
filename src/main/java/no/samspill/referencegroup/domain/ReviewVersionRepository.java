package no.samspill.referencegroup.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewVersionRepository extends JpaRepository<ReviewVersion, Long> {

    List<ReviewVersion> findByDocumentIdOrderByNumber(long documentId);

    Optional<ReviewVersion> findByDocumentIdAndNumber(long documentId, int number);
}

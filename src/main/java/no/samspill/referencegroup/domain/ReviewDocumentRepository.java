package no.samspill.referencegroup.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReviewDocumentRepository extends JpaRepository<ReviewDocument, Long> {

    List<ReviewDocument> findByGroupIdOrderByCreatedAtDesc(long groupId);

    /** The group's documents the user commented on: what a former member still reads. */
    @Query("select d from ReviewDocument d where d.groupId = :group and exists (select c.id from ReviewComment c"
            + " where c.documentId = d.id and c.authorId = :me) order by d.createdAt desc")
    List<ReviewDocument> findCommentedBy(@Param("group") long groupId, @Param("me") long userId);

    List<ReviewDocument> findByGroupIdIn(Collection<Long> groupIds);

    /** Documents whose window closes in the interval: the reminder job's candidates. */
    List<ReviewDocument> findByClosesOnBetween(java.time.LocalDate from, java.time.LocalDate to);

    boolean existsByGroupIdAndTitleIgnoreCase(long groupId, String title);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ReviewDocument d where d.id = :id")
    Optional<ReviewDocument> lockById(@Param("id") long id);
}

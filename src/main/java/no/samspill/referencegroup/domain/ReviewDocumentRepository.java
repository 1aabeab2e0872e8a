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

    /**
     * The groups' documents open on the day on which the user has not yet started a thread in the current version:
     * what waits for them, in one statement however many groups and documents there are.
     */
    @Query("select d from ReviewDocument d where d.groupId in :groups and d.opensOn <= :today"
            + " and d.closesOn >= :today and not exists (select c.id from ReviewComment c, ReviewSection s,"
            + " ReviewVersion v where c.documentId = d.id and c.authorId = :me and c.parentId is null"
            + " and c.sectionId = s.id and s.versionId = v.id and v.documentId = d.id and v.number = d.currentNumber)"
            + " order by d.closesOn, d.id")
    List<ReviewDocument> findWaitingFor(@Param("groups") Collection<Long> groupIds,
            @Param("today") java.time.LocalDate today, @Param("me") long userId);

    /** Documents whose window closes in the interval: the reminder job's candidates. */
    List<ReviewDocument> findByClosesOnBetween(java.time.LocalDate from, java.time.LocalDate to);

    boolean existsByGroupIdAndTitleIgnoreCase(long groupId, String title);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from ReviewDocument d where d.id = :id")
    Optional<ReviewDocument> lockById(@Param("id") long id);
}

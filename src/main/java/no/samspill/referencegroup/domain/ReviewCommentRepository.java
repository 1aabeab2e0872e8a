package no.samspill.referencegroup.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Comments read in pages and counted in SQL: a document may hold a hundred thousand of them. {@code own} restricts a
 * query to the threads {@code me} wrote (a former member's view); {@code mine} to the threads they wrote or replied
 * in; {@code undisposed} to those still without a disposition.
 */
public interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    String THREADS = " from ReviewComment c where c.parentId is null and c.sectionId in :sections"
            + " and (:own = false or c.authorId = :me) and (:undisposed = false or c.disposition is null)"
            + " and (:mine = false or c.authorId = :me or exists (select r.id from ReviewComment r"
            + " where r.parentId = c.id and r.authorId = :me))";

    /** Every comment of a document, for the comment log (an export, not a page). */
    List<ReviewComment> findByDocumentIdOrderByCreatedAtAscIdAsc(long documentId);

    List<ReviewComment> findByDocumentIdIn(Collection<Long> documentIds);

    boolean existsBySectionIdInAndAuthorIdAndParentIdIsNull(Collection<Long> sectionIds, long authorId);

    @Query("select max(c.createdAt) from ReviewComment c where c.documentId = :doc and c.authorId = :me")
    @Nullable Instant lastBy(@Param("doc") long documentId, @Param("me") long authorId);

    /** Per section: threads, threads without a disposition. */
    @Query("select c.sectionId, count(c), sum(case when c.disposition is null then 1 else 0 end)"
            + " from ReviewComment c where c.documentId = :doc and c.parentId is null"
            + " and (:own = false or c.authorId = :me) group by c.sectionId")
    List<Object[]> threadCounts(@Param("doc") long documentId, @Param("own") boolean own, @Param("me") long me);

    /** Per section: the threads {@code me} wrote or replied in (a reply sits on its thread's section). */
    @Query("select c.sectionId, count(distinct coalesce(c.parentId, c.id)) from ReviewComment c"
            + " where c.documentId = :doc and c.authorId = :me group by c.sectionId")
    List<Object[]> mineCounts(@Param("doc") long documentId, @Param("me") long me);

    /** Per document: threads, threads without a disposition. */
    @Query("select c.documentId, count(c), sum(case when c.disposition is null then 1 else 0 end)"
            + " from ReviewComment c where c.documentId in :docs and c.parentId is null"
            + " and (:own = false or c.authorId = :me) group by c.documentId")
    List<Object[]> documentCounts(@Param("docs") Collection<Long> documentIds, @Param("own") boolean own,
            @Param("me") long me);

    @Query("select c" + THREADS + " order by c.createdAt, c.id")
    List<ReviewComment> threads(@Param("sections") Collection<Long> sectionIds, @Param("own") boolean own,
            @Param("mine") boolean mine, @Param("undisposed") boolean undisposed, @Param("me") long me,
            Pageable page);

    List<ReviewComment> findByParentIdInOrderByCreatedAtAscIdAsc(Collection<Long> parentIds);
}

package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasePaperRepository extends JpaRepository<CasePaper, Long> {

    List<CasePaper> findByGroupIdOrderByYearDescSeqDesc(long groupId);

    List<CasePaper> findByProjectId(long projectId);

    /** The papers about any of the projects, in one query (decision points of many projects at once). */
    List<CasePaper> findByProjectIdIn(java.util.Collection<Long> projectIds);

    /** The papers among these that are exempt from public disclosure now. */
    @Query("select p from CasePaper p where p.id in :ids and p.exempt = true")
    List<CasePaper> findExempt(@Param("ids") java.util.Collection<Long> ids);

    @Query("select coalesce(max(p.seq), 0) from CasePaper p where p.groupId = :group and p.year = :year")
    int maxSeq(@Param("group") long groupId, @Param("year") int year);
}

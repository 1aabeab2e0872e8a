package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasePaperRepository extends JpaRepository<CasePaper, Long> {

    List<CasePaper> findByProjectId(long projectId);

    /** What a reader who does not read exempt papers may learn of one: that it exists, and its number. */
    String SEEN = "(p.exempt = false or :readsExempt = true)";

    /**
     * A page of the group's papers, newest first, and whether each is decided; an exempt paper's title, date and
     * project only for a reader who reads exempt papers (a member), as {@link PaperRow} says.
     */
    @Query("select new no.samspill.steeringgroup.domain.PaperRow(p.id, p.version, p.year, p.seq,"
            + " case when " + SEEN + " then p.title end, case when " + SEEN + " then p.date end, p.exempt,"
            + " case when " + SEEN + " then p.projectId end,"
            + " case when " + SEEN + " and exists (select d.id from Decision d where d.paperId = p.id) then true"
            + " else false end)"
            + " from CasePaper p where p.groupId = :group order by p.year desc, p.seq desc")
    List<PaperRow> pageOfGroup(@Param("group") long groupId, @Param("readsExempt") boolean readsExempt,
            Pageable page);

    long countByGroupId(long groupId);

    /** The papers among these that are exempt from public disclosure now. */
    @Query("select p from CasePaper p where p.id in :ids and p.exempt = true")
    List<CasePaper> findExempt(@Param("ids") java.util.Collection<Long> ids);

    @Query("select coalesce(max(p.seq), 0) from CasePaper p where p.groupId = :group and p.year = :year")
    int maxSeq(@Param("group") long groupId, @Param("year") int year);
}

package no.samspill.steeringgroup.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasePaperRepository extends JpaRepository<CasePaper, Long> {

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

    /** The projects the group's papers are about, for the impartiality gate to say which are shut. */
    @Query("select distinct p.projectId from CasePaper p where p.groupId = :group and p.projectId is not null")
    List<Long> projectsOfGroup(@Param("group") long groupId);

    /**
     * The papers a meeting's agenda may take: the group's papers not on it yet, none the reader may not see (an
     * exempt one for a reader who reads no exempt papers, one of a project in {@code shut}, never empty), matched
     * by title or number. The number is written as CasePaper#number does: seq/two-digit year.
     */
    String AGENDA_OPTIONS = " from CasePaper p where p.groupId = :group and " + SEEN
            + " and (p.projectId is null or p.projectId not in :shut)"
            + " and not exists (select a.id from AgendaItem a where a.meetingId = :meeting and a.paperId = p.id)"
            + " and (lower(p.title) like :pattern"
            + " or concat(cast(p.seq as String), '/', substring(cast(p.year as String), 3, 2)) like :pattern)";

    @Query("select new no.samspill.steeringgroup.domain.PaperRow(p.id, p.version, p.year, p.seq, p.title, p.date,"
            + " p.exempt, p.projectId, false)" + AGENDA_OPTIONS + " order by p.year desc, p.seq desc")
    List<PaperRow> agendaOptions(@Param("group") long groupId, @Param("meeting") long meetingId,
            @Param("readsExempt") boolean readsExempt, @Param("shut") java.util.Collection<Long> shut,
            @Param("pattern") String pattern, Pageable page);

    @Query("select count(p)" + AGENDA_OPTIONS)
    long countAgendaOptions(@Param("group") long groupId, @Param("meeting") long meetingId,
            @Param("readsExempt") boolean readsExempt, @Param("shut") java.util.Collection<Long> shut,
            @Param("pattern") String pattern);

    /** The papers among these that are exempt from public disclosure now. */
    @Query("select p from CasePaper p where p.id in :ids and p.exempt = true")
    List<CasePaper> findExempt(@Param("ids") java.util.Collection<Long> ids);

    @Query("select coalesce(max(p.seq), 0) from CasePaper p where p.groupId = :group and p.year = :year")
    int maxSeq(@Param("group") long groupId, @Param("year") int year);
}

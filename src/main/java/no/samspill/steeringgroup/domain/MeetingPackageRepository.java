package no.samspill.steeringgroup.domain;

import java.util.List;
import no.samspill.steeringgroup.PackageRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MeetingPackageRepository extends JpaRepository<MeetingPackage, Long> {

    @Query("select new no.samspill.steeringgroup.PackageRow(p.id, p.number, p.generatedAt, p.generatedBy, p.sha256,"
            + " p.sizeBytes) from MeetingPackage p where p.meetingId = :meeting order by p.number desc")
    List<PackageRow> rows(@Param("meeting") long meetingId);

    /** Packages per meeting of the group: [meeting id, count]. */
    @Query("select p.meetingId, count(p) from MeetingPackage p where p.meetingId in"
            + " (select m.id from SteeringMeeting m where m.groupId = :group) group by p.meetingId")
    List<Object[]> countsOfGroup(@Param("group") long groupId);

    @Query("select coalesce(max(p.number), 0) from MeetingPackage p where p.meetingId = :meeting")
    int maxNumber(@Param("meeting") long meetingId);

    /** The meeting of a package and whether it held an exempt paper, without its bytes. */
    @Query("select new no.samspill.steeringgroup.domain.PackageMeta(p.meetingId, p.containsExempt)"
            + " from MeetingPackage p where p.id = :id")
    java.util.Optional<PackageMeta> meta(@Param("id") long id);

    @Query("select p.content from MeetingPackage p where p.id = :id")
    byte[] content(@Param("id") long id);
}

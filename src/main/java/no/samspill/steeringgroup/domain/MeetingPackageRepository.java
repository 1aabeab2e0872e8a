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

    /**
     * The latest package of each meeting since the instant in the tenant's groups that the user is an active member
     * of, soonest meeting first: the dashboard's "new packages", in one query.
     */
    @Query("select new no.samspill.steeringgroup.NewPackage(mt.id, g.name, mt.startsAt, p.number, p.generatedAt)"
            + " from MeetingPackage p, SteeringMeeting mt, SteeringGroup g where p.meetingId = mt.id"
            + " and mt.groupId = g.id and g.tenantId = :tenant and mt.startsAt > :since"
            + " and exists (select m.id from SteeringMember m where m.groupId = g.id and m.userId = :user"
            + " and m.tenure.leftOn is null)"
            + " and p.number = (select max(q.number) from MeetingPackage q where q.meetingId = mt.id)"
            + " order by mt.startsAt")
    List<no.samspill.steeringgroup.NewPackage> latestFor(@Param("tenant") long tenantId, @Param("user") long userId,
            @Param("since") java.time.Instant since);

    @Query("select coalesce(max(p.number), 0) from MeetingPackage p where p.meetingId = :meeting")
    int maxNumber(@Param("meeting") long meetingId);

    /** The meeting of a package and whether it held an exempt paper, without its bytes. */
    @Query("select new no.samspill.steeringgroup.domain.PackageMeta(p.meetingId, p.containsExempt)"
            + " from MeetingPackage p where p.id = :id")
    java.util.Optional<PackageMeta> meta(@Param("id") long id);

    @Query("select p.content from MeetingPackage p where p.id = :id")
    byte[] content(@Param("id") long id);
}

package no.samspill.steeringgroup.domain;

import java.util.List;
import no.samspill.steeringgroup.AttachmentRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaperAttachmentRepository extends JpaRepository<PaperAttachment, Long> {

    @Query("select new no.samspill.steeringgroup.AttachmentRow(a.id, a.fileName, a.sizeBytes) from PaperAttachment a"
            + " where a.paperId = :paper order by a.id")
    List<AttachmentRow> rows(@Param("paper") long paperId);

    @Query("select a.content from PaperAttachment a where a.id = :id")
    byte[] content(@Param("id") long id);
}

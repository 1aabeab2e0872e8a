package no.samspill.steeringgroup.domain;

import java.util.List;
import java.util.Optional;
import no.samspill.steeringgroup.AttachmentRow;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaperAttachmentRepository extends JpaRepository<PaperAttachment, Long> {

    @Query("select new no.samspill.steeringgroup.AttachmentRow(a.id, a.fileName, a.sizeBytes) from PaperAttachment a"
            + " where a.paperId = :paper order by a.id")
    List<AttachmentRow> rows(@Param("paper") long paperId);

    /** Who the attachment belongs to, without its bytes (the content column is not lazy without enhancement). */
    @Query("select new no.samspill.steeringgroup.domain.AttachmentMeta(a.paperId, a.fileName, a.contentType)"
            + " from PaperAttachment a where a.id = :id")
    Optional<AttachmentMeta> meta(@Param("id") long id);

    @Query("select a.content from PaperAttachment a where a.id = :id")
    byte[] content(@Param("id") long id);
}

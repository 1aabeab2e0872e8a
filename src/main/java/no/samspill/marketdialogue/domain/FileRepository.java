package no.samspill.marketdialogue.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FileRepository extends JpaRepository<DialogueFile, Long> {

    List<DialogueFile> findByDialogueIdAndParticipantIdIsNullOrderByUploadedAt(long dialogueId);

    List<DialogueFile> findByDialogueIdAndParticipantIdIsNotNull(long dialogueId);

    List<DialogueFile> findByParticipantId(long participantId);

    Optional<DialogueFile> findByParticipantIdAndQuestionId(long participantId, long questionId);

    Optional<DialogueFile> findByIdAndDialogueId(long id, long dialogueId);
}

package no.samspill.marketdialogue.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRepository extends JpaRepository<DialogueQuestion, Long> {

    List<DialogueQuestion> findByDialogueIdOrderByPosition(long dialogueId);
}

package no.samspill.marketdialogue.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SectionRepository extends JpaRepository<DialogueSection, Long> {

    List<DialogueSection> findByDialogueIdOrderByPosition(long dialogueId);
}

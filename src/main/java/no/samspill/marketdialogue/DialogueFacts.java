package no.samspill.marketdialogue;

import java.time.Instant;
import java.util.List;
import no.samspill.marketdialogue.domain.Clarification;
import no.samspill.marketdialogue.domain.ClarificationRepository;
import no.samspill.marketdialogue.domain.DialogueParticipant;
import no.samspill.marketdialogue.domain.DialogueRepository;
import no.samspill.marketdialogue.domain.ParticipantRepository;
import no.samspill.procurement.ProjectFacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Market-dialogue figures of a project for steering papers: how many suppliers take part and submitted, and how
 * many clarification questions were asked and published. Counts only: no supplier is named.
 */
@Component
class DialogueFacts implements ProjectFacts {

    private final DialogueRepository dialogues;
    private final ParticipantRepository participants;
    private final ClarificationRepository clarifications;

    DialogueFacts(DialogueRepository dialogues, ParticipantRepository participants,
            ClarificationRepository clarifications) {
        this.dialogues = dialogues;
        this.participants = participants;
        this.clarifications = clarifications;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Facts facts(long projectId, @Nullable Instant since) {
        return new Facts(dialogues.findByProjectIdOrderByCreatedAtAsc(projectId).stream().map(d -> {
            List<DialogueParticipant> list = participants.findByDialogueId(d.id());
            List<Clarification> questions = clarifications.findByDialogueIdOrderByAskedAtAsc(d.id());
            return new Fact("facts.dialogue", List.of(d.getTitle(), list.size(),
                    list.stream().filter(p -> p.getStatus() == ParticipantStatus.SUBMITTED).count(), questions.size(),
                    questions.stream().filter(q -> q.getStatus() == ClarificationStatus.PUBLISHED).count()));
        }).toList(), List.of());
    }
}

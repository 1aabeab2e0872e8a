package no.samspill.marketdialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.marketdialogue.domain.DialogueQuestion;
import no.samspill.marketdialogue.domain.DialogueSection;
import no.samspill.marketdialogue.domain.QuestionRepository;
import no.samspill.marketdialogue.domain.SectionRepository;
import org.springframework.stereotype.Component;

/** Reads a dialogue's sections and questions and numbers them (section.question, e.g. 2.3) as shown. */
@Component
class Questionnaires {

    private final SectionRepository sections;
    private final QuestionRepository questions;

    Questionnaires(SectionRepository sections, QuestionRepository questions) {
        this.sections = sections;
        this.questions = questions;
    }

    List<SectionView> of(long dialogueId) {
        Map<Long, List<DialogueQuestion>> bySection = questions.findByDialogueIdOrderByPosition(dialogueId).stream()
                .collect(Collectors.groupingBy(DialogueQuestion::getSectionId));
        List<SectionView> result = new ArrayList<>();
        int sectionNumber = 0;
        for (DialogueSection s : sections.findByDialogueIdOrderByPosition(dialogueId)) {
            sectionNumber++;
            List<QuestionView> views = new ArrayList<>();
            int questionNumber = 0;
            for (DialogueQuestion q : bySection.getOrDefault(s.id(), List.of())) {
                questionNumber++;
                views.add(new QuestionView(q.id(), q.getVersion(), s.id(), sectionNumber + "." + questionNumber,
                        q.getText(), q.getType(), q.getMaxLength(), q.getUnit(), q.getOptions(), q.isRequired()));
            }
            result.add(new SectionView(s.id(), s.getVersion(), sectionNumber, s.getTitle(), views));
        }
        return result;
    }

    static List<QuestionView> flatten(List<SectionView> sections) {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }
}

package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything the supplier's answer form shows: the questionnaire and the tenant's own answers, nothing else. */
public record ResponseForm(long dialogueId, String title, String buyerName, String introduction, Instant deadline,
        ZoneId buyerZone, boolean editable, ParticipantStatus status, @Nullable Instant submittedAt,
        boolean questionnaireChanged, List<SectionView> sections, Map<Long, AnswerValue> answers) {

    public ResponseForm {
        sections = List.copyOf(sections);
        answers = Map.copyOf(answers);
    }
}

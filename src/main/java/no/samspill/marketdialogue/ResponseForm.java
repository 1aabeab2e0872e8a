package no.samspill.marketdialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the supplier's answer form shows: the questionnaire, the tenant's own answers and files (by question),
 * and the receipt while the response stands submitted; nothing else.
 */
public record ResponseForm(long dialogueId, String title, String buyerName, String introduction, Instant deadline,
        ZoneId buyerZone, boolean editable, ParticipantStatus status, @Nullable Instant submittedAt,
        boolean questionnaireChanged, List<SectionView> sections, Map<Long, AnswerValue> answers,
        Map<Long, FileRef> files, @Nullable SubmissionReceipt receipt) {

    public ResponseForm {
        sections = List.copyOf(sections);
        answers = Map.copyOf(answers);
        files = Map.copyOf(files);
    }
}

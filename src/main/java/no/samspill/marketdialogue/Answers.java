package no.samspill.marketdialogue;

import java.util.Arrays;
import java.util.List;
import no.samspill.marketdialogue.domain.DialogueAnswer;

/** Maps stored answers to what services hand out. */
final class Answers {

    private Answers() {
    }

    static AnswerValue view(DialogueAnswer a) {
        List<String> choices = a.getTextValue() == null || a.getTextValue().isEmpty() ? List.of()
                : Arrays.asList(a.getTextValue().split("\n"));
        return new AnswerValue(a.getQuestionId(), a.getVersion(), a.getTextValue(), a.getNumberValue(),
                a.getBoolValue(), choices, a.getUpdatedAt(), a.getUpdatedBy());
    }
}

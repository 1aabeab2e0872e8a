package no.samspill.marketdialogue;

import java.math.BigDecimal;
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
        // the column keeps four decimals; 10.0000 is shown as 10
        BigDecimal number = a.getNumberValue() == null ? null
                : new BigDecimal(a.getNumberValue().stripTrailingZeros().toPlainString());
        return new AnswerValue(a.getQuestionId(), a.getVersion(), a.getTextValue(), number,
                a.getBoolValue(), choices, a.getUpdatedAt(), a.getUpdatedBy());
    }
}

package no.samspill.impartiality;

import java.util.List;

/**
 * A declaration as signed: whose it is (it must be the logged-in user's), the template version the form showed, the
 * confidentiality undertaking, "no ties with any" or an answer per supplier, free text, and the confirmation step.
 */
public record DeclarationInput(long declarantUserId, long templateId, boolean confidentialityAccepted, boolean noTies,
        List<AnswerInput> answers, String freeText, boolean confirmed) {

    public DeclarationInput {
        answers = List.copyOf(answers);
    }
}

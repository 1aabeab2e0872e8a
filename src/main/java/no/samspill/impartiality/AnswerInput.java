package no.samspill.impartiality;

import java.util.Set;

/** The declarer's answer for one supplier: no kinds is "no tie"; a tie needs its kinds and an explanation. */
public record AnswerInput(long supplierTenantId, Set<TieKind> kinds, String details) {

    public AnswerInput {
        kinds = Set.copyOf(kinds);
    }

    public static AnswerInput noTie(long supplierTenantId) {
        return new AnswerInput(supplierTenantId, Set.of(), "");
    }
}

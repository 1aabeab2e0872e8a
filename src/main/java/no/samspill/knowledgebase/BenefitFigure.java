package no.samspill.knowledgebase;

import java.math.BigDecimal;

/**
 * A figure a case's results name: the amount and unit, what it measures, and whether a person confirmed it (only
 * confirmed ones show as facts to readers outside the contributing tenant).
 */
public record BenefitFigure(long id, long version, String sourceText, BigDecimal amount, BenefitUnit unit,
        String measures, Status status) {

    public enum Status {
        PROPOSED, CONFIRMED, REJECTED;

        public String labelKey() {
            return "kb.benefit.status." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

package no.samspill.knowledgebase;

/** The unit of a benefit figure. */
public enum BenefitUnit {
    PERCENT, DKK, THOUSAND_DKK, MILLION_DKK, BILLION_DKK, NOK, MILLION_NOK, EUR, MILLION_EUR, DAYS, HOURS, OTHER;

    public String labelKey() {
        return "kb.benefit.unit." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

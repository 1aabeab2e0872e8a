package no.samspill.knowledgebase;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The controlled value a case's procurement or collaboration form maps to; the original text is kept beside it.
 * Each form names the eForms procedure-type code (codelist procurement-procedure-type) where one fits: forms below
 * the thresholds, an OPI outside the directive and "other" publish no eForms notice, so they have none.
 */
public enum ProcurementForm {
    OPEN("open"),
    RESTRICTED("restricted"),
    NEGOTIATED("neg-w-call"),
    COMPETITIVE_DIALOGUE("comp-dial"),
    INNOVATION_PARTNERSHIP("innovation"),
    DIRECT_AWARD("neg-wo-call"),
    BELOW_THRESHOLD(null),
    OPI(null),
    OTHER(null);

    private final @Nullable String eformsCode;

    ProcurementForm(@Nullable String eformsCode) {
        this.eformsCode = eformsCode;
    }

    public @Nullable String eformsCode() {
        return eformsCode;
    }

    public String labelKey() {
        return "kb.form." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private record Rule(Pattern pattern, ProcurementForm form) {
    }

    // first match wins: "OPI samt indkøb under tærskelværdi" is an OPI, "Udbud med forhandling samt en
    // forskningskontrakt" a negotiated procedure; Danish, Norwegian and English wordings
    private static final List<Rule> RULES = List.of(
            rule("innovationspartnerskab|innovasjonspartnerskap|innovation partnership", INNOVATION_PARTNERSHIP),
            rule("\\bopi\\b", OPI),
            rule("konkurrencepræget dialog|konkurransepreget dialog|competitive dialogue", COMPETITIVE_DIALOGUE),
            rule("begrænset udbud|begrenset anbudskonkurranse|restricted procedure", RESTRICTED),
            rule("med forhandling|konkurranse med forhandling|negotiated", NEGOTIATED),
            rule("under tærskelværdi|under terskelverdi|below (the )?threshold", BELOW_THRESHOLD),
            rule("direkte køb|direkte anskaffelse|direct award", DIRECT_AWARD),
            rule("offentligt udbud|eu-udbud|åpen anbudskonkurranse|open procedure|open tender", OPEN));

    private static Rule rule(String regex, ProcurementForm form) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), form);
    }

    /** The controlled value the original text names, or OTHER when it names none of them. */
    public static ProcurementForm classify(String originalText) {
        return RULES.stream().filter(r -> r.pattern().matcher(originalText).find()).map(Rule::form).findFirst()
                .orElse(OTHER);
    }
}

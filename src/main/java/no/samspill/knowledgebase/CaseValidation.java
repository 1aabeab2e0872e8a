package no.samspill.knowledgebase;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samspill.platform.i18n.Texts;
import no.samspill.platform.i18n.ValidationException;

/**
 * The domain's check of a case from the form: lengths, a code like A4 or B12, a year in range, and no script in
 * any field (every text is shown literally anyway; a script in a case is a mistake or an attack, and said so).
 */
final class CaseValidation {

    private static final Pattern SCRIPT = Pattern.compile(
            "(?i)<\\s*(script|iframe|object|embed|svg|style)|javascript:|\\son[a-z]+\\s*=");
    private static final Pattern CODE = Pattern.compile("[AB]\\d{1,3}");

    private CaseValidation() {
    }

    static CaseContent check(CaseContent c) {
        List<String> all = new java.util.ArrayList<>(List.of(c.region(), c.code(), c.title(), c.area(),
                c.shortDescription(), c.valueElements(), c.procurementText(), c.challenges(), c.results()));
        all.addAll(c.companies());
        if (all.stream().anyMatch(t -> SCRIPT.matcher(t).find())) {
            throw new ValidationException("kb.error.script");
        }
        String region = Texts.clean(c.region(), 1, KnowledgeRules.REGION_MAX, "kb.error.region");
        String code = Texts.clean(c.code(), 1, KnowledgeRules.CODE_MAX, "kb.error.code").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("kb.error.code", KnowledgeRules.CODE_MAX);
        }
        String title = Texts.clean(c.title(), KnowledgeRules.TITLE_MIN, KnowledgeRules.TITLE_MAX, "kb.error.title");
        String area = Texts.clean(c.area(), 0, KnowledgeRules.AREA_MAX, "kb.error.area");
        if (c.companies().size() > KnowledgeRules.COMPANIES_MAX) {
            throw new ValidationException("kb.error.companies", KnowledgeRules.COMPANY_MAX);
        }
        List<String> companies = c.companies().stream()
                .map(n -> Texts.clean(n, 0, KnowledgeRules.COMPANY_MAX, "kb.error.companies"))
                .filter(n -> !n.isEmpty()).toList();
        if (c.year() != null && (c.year() < KnowledgeRules.YEAR_MIN || c.year() > KnowledgeRules.YEAR_MAX)) {
            throw new ValidationException("kb.error.year", KnowledgeRules.YEAR_MIN, KnowledgeRules.YEAR_MAX);
        }
        return new CaseContent(region, code, title, area, text(c.shortDescription(), "kb.error.description"),
                text(c.valueElements(), "kb.error.value-elements"), c.keywords(),
                text(c.procurementText(), "kb.error.procurement-text"), c.form(), companies,
                text(c.challenges(), "kb.error.challenges"), text(c.results(), "kb.error.results"), c.year(),
                c.kind());
    }

    private static String text(String value, String key) {
        return Texts.clean(value, 0, KnowledgeRules.TEXT_MAX, key);
    }
}

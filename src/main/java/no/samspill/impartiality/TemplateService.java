package no.samspill.impartiality;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.impartiality.domain.DeclarationTemplate;
import no.samspill.impartiality.domain.TemplateRepository;
import no.samspill.impartiality.domain.TemplateText;
import no.samspill.impartiality.domain.TemplateTextRepository;
import no.samspill.platform.audit.AuditTrail;
import no.samspill.platform.audit.FieldChange;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Role;
import no.samspill.platform.security.Roles;
import no.samspill.tenancy.TenantDirectory;
import no.samspill.tenancy.TenantSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The declaration templates: the shipped version per country (Norway, Denmark) and a tenant's own adaptations, each a
 * new version in nb, da and en. A tenant's newest own version wins over the shipped ones.
 */
@Service
public class TemplateService {

    /** The languages every version must have. */
    public static final List<String> LANGUAGES = List.of("nb", "da", "en");
    public static final int TEXT_MAX = 4000;

    private final TemplateRepository templates;
    private final TemplateTextRepository texts;
    private final TenantDirectory tenants;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    TemplateService(TemplateRepository templates, TemplateTextRepository texts, TenantDirectory tenants,
            AccessPolicy access, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.texts = texts;
        this.tenants = tenants;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The template a declaration in the active buyer tenant uses now, in the language (nb when unknown). */
    @Transactional(readOnly = true)
    public TemplateView current(Locale locale) {
        long tenantId = access.requireBuyer(Roles.STAFF);
        return view(currentFor(tenantId), language(locale));
    }

    /** Every version the active tenant may use, newest first, for its admin. */
    @Transactional(readOnly = true)
    public List<TemplateView> versions(Locale locale) {
        long tenantId = access.requireBuyer(Role.TENANT_ADMIN);
        return templates.versionsFor(tenantId, country(tenantId)).stream().map(t -> view(t, language(locale)))
                .toList();
    }

    /**
     * One version's texts in every language, for the admin who adapts it: a new version starts from these. Only a
     * version the active tenant may use (the shipped ones of its country, its own).
     */
    @Transactional(readOnly = true)
    public Map<String, Map<TemplatePart, String>> texts(long templateId) {
        long tenantId = access.requireBuyer(Role.TENANT_ADMIN);
        templates.versionsFor(tenantId, country(tenantId)).stream().filter(t -> t.id() == templateId).findFirst()
                .orElseThrow(NotFoundException::new);
        Map<String, Map<TemplatePart, String>> out = new java.util.LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Map<TemplatePart, String> parts = new EnumMap<>(TemplatePart.class);
            texts.findByTemplateIdAndLanguage(templateId, language).forEach(x -> parts.put(x.getPart(), x.getText()));
            out.put(language, parts);
        }
        return out;
    }

    /**
     * A new version of the tenant's template, with every part in nb, da and en (legal texts change); declarations
     * already signed keep the version they were signed on.
     */
    @Transactional
    public TemplateView newVersion(Map<String, Map<TemplatePart, String>> byLanguage, Locale locale) {
        long tenantId = access.requireBuyer(Role.TENANT_ADMIN);
        String country = country(tenantId);
        for (String language : LANGUAGES) {
            Map<TemplatePart, String> parts = byLanguage.getOrDefault(language, Map.of());
            for (TemplatePart part : TemplatePart.values()) {
                String text = parts.getOrDefault(part, "").strip();
                if (text.isEmpty() || text.length() > TEXT_MAX) {
                    // the field is named, so the form marks the very text that is missing or too long
                    throw ValidationException.about(List.of(language + "." + part.name()),
                            "impartiality.template.error.text", language, TEXT_MAX);
                }
            }
        }
        int number = templates.versionsFor(tenantId, country).stream().mapToInt(DeclarationTemplate::getNumber)
                .max().orElse(0) + 1;
        DeclarationTemplate t = templates.save(new DeclarationTemplate(tenantId, country, number, clock.instant()));
        for (String language : LANGUAGES) {
            byLanguage.getOrDefault(language, Map.of()).forEach((part, text) ->
                    texts.save(new TemplateText(t.id(), language, part, text.strip())));
        }
        audit.recordIn(tenantId, "impartiality.template-version", "DeclarationTemplate", t.id(),
                FieldChange.set("country", country), FieldChange.set("number", number));
        return view(t, language(locale));
    }

    DeclarationTemplate currentFor(long tenantId) {
        return templates.versionsFor(tenantId, country(tenantId)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    TemplateView view(DeclarationTemplate t, String language) {
        Map<TemplatePart, String> parts = new EnumMap<>(TemplatePart.class);
        texts.findByTemplateIdAndLanguage(t.id(), language).forEach(x -> parts.put(x.getPart(), x.getText()));
        return new TemplateView(t.id(), t.getCountry(), t.getNumber(), t.getTenantId() == null, language, parts);
    }

    int number(long templateId) {
        return templates.findById(templateId).map(DeclarationTemplate::getNumber).orElse(0);
    }

    /** A Danish tenant declares on the Danish template; every other on the Norwegian one. */
    private String country(long tenantId) {
        return tenants.tenant(tenantId).map(TenantSummary::country).filter("DK"::equals).orElse("NO");
    }

    static String language(Locale locale) {
        String l = locale.getLanguage();
        return "da".equals(l) ? "da" : "en".equals(l) ? "en" : "nb";
    }
}

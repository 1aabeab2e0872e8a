package no.samspill.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;

/**
 * An entry's stored codes in the reader's words: the action, the object's type, and each changed field with its
 * old and new value. Entries are immutable and hold codes ("status: DRAFT → PUBLISHED"), so the words are found
 * at each read from the bundles only (no database), and a code the bundles do not know is shown as it is stored.
 */
final class AuditWording {

    private static final String ARROW = " → ";
    private static final String NONE = "–";

    /** Every key the bundles hold; nb, da and en hold the same keys (TranslationBundlesTest). */
    private static final Set<String> KEYS = ResourceBundle.getBundle(SamspillI18NProvider.BUNDLE, Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();

    private static final String FIELD = "audit.field.";

    /**
     * Where the bundles name a field's coded values: the owning module's enum labels ("Entity.field" before
     * "field", since "kind" and "status" mean different enums on different objects).
     */
    private static final Map<String, String> VALUE_KEYS = Map.ofEntries(Map.entry("roles", "role."),
            Map.entry("role", "group.role."), Map.entry("disposition", "review.disposition."),
            Map.entry("phase", "phase."), Map.entry("beforePhase", "phase."),
            Map.entry("decisionPoint", "steering.decision.kind."), Map.entry("category", "category."),
            Map.entry("access", "dialogue.access."), Map.entry("decision", "impartiality.decision."),
            Map.entry("type", "question.type."), Map.entry("delivery", "notices.delivery."),
            Map.entry("language", "language."), Map.entry("Tenant.kind", "tenant-kind."),
            Map.entry("OrgUnit.kind", "unit-kind."), Map.entry("RefGroup.kind", "group.kind."),
            Map.entry("CasePaper.kind", "steering.decision.kind."), Map.entry("ActionItem.status", "item.status."),
            Map.entry("MarketDialogue.status", "audit.value.dialogue-status."),
            Map.entry("Initiative.phase", "portfolio.phase."), Map.entry("Initiative.colour", "portfolio.colour."),
            Map.entry("Initiative.weight", "portfolio.weight."), Map.entry("TargetVersion.level", "portfolio.goal.level."),
            Map.entry("outcome", "steering.decision.outcome."), Map.entry("Portfolio.period", "portfolio.period."),
            Map.entry("reason", "audit.value.left-for."));

    /** Splits only before a field the bundles know, so a "; " inside a typed value does not cut it. */
    private static final Pattern BETWEEN_CHANGES = Pattern.compile("; (?=(?:" + KEYS.stream()
            .filter(k -> k.startsWith(FIELD)).map(k -> Pattern.quote(k.substring(FIELD.length())))
            .collect(Collectors.joining("|")) + "): )");

    /** Fields kept for machines (the CSV's codes column), which a person reads in a field beside them instead. */
    private static final Set<String> MACHINE_ONLY = Set.of("memberUserId", "itemId");

    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final Pattern DAY = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\dT-])");

    private AuditWording() {
    }

    static AuditLine line(AuditRow row, Translator t, ZoneId zone) {
        return new AuditLine(row, action(row.action(), t), entity(row.entityType(), t),
                changes(row.entityType(), row.changes(), t, zone));
    }

    static String action(String code, Translator t) {
        return known("action." + code) ? t.text("action." + code) : code;
    }

    static String entity(String type, Translator t) {
        return known("entity." + type) ? t.text("entity." + type) : type;
    }

    /** "Status: Utkast → Publisert; Tittel: Ny tittel" from "status: DRAFT → PUBLISHED; title: – → Ny tittel". */
    static String changes(String entityType, String stored, Translator t, ZoneId zone) {
        if (stored.isEmpty()) {
            return stored;
        }
        return Arrays.stream(BETWEEN_CHANGES.split(stored)).filter(c -> !MACHINE_ONLY.contains(fieldOf(c)))
                .map(c -> change(entityType, c, t, zone)).collect(Collectors.joining("; "));
    }

    private static String fieldOf(String stored) {
        int colon = stored.indexOf(": ");
        return colon < 0 ? "" : stored.substring(0, colon);
    }

    private static String change(String entityType, String stored, Translator t, ZoneId zone) {
        int colon = stored.indexOf(": ");
        int arrow = stored.indexOf(ARROW, Math.max(colon, 0));
        if (colon < 1 || arrow < 0) {
            return stored;
        }
        String field = stored.substring(0, colon);
        String label = known(FIELD + field) ? t.text(FIELD + field) : field;
        String before = value(entityType, field, stored.substring(colon + 2, arrow), t, zone);
        String after = value(entityType, field, stored.substring(arrow + ARROW.length()), t, zone);
        // a value given for the first time reads "Section: 3.2", not "Section: – → 3.2"; a removal keeps its arrow
        return label + ": " + (before.equals(NONE) ? after : before + ARROW + after);
    }

    private static String value(String entityType, String field, String value, Translator t, ZoneId zone) {
        if (value.equals(NONE)) {
            return value;
        }
        if (value.isEmpty() || value.equals("[]")) {
            return NONE;
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            List<String> items = List.of(value.substring(1, value.length() - 1).split(", "));
            return items.stream().map(v -> single(entityType, field, v, t, zone)).collect(Collectors.joining(", "));
        }
        return single(entityType, field, value, t, zone);
    }

    private static String single(String entityType, String field, String value, Translator t, ZoneId zone) {
        if (value.equals("true") || value.equals("false")) {
            return t.text(value.equals("true") ? "common.yes" : "common.no");
        }
        String prefix = VALUE_KEYS.getOrDefault(entityType + "." + field, VALUE_KEYS.get(field));
        if (prefix != null && known(prefix + value)) {
            return t.text(prefix + value);
        }
        return dates(value, t.locale(), zone);
    }

    /** Moments in the tenant's zone and days in the reader's format; anything else of a typed value stays. */
    private static String dates(String value, Locale locale, ZoneId zone) {
        String moments = replace(MOMENT, value, m -> Formats.dateTimeZoned(Instant.parse(m), zone, locale));
        return replace(DAY, moments, d -> Formats.date(LocalDate.parse(d), locale));
    }

    private static String replace(Pattern pattern, String value, java.util.function.Function<String, String> f) {
        Matcher m = pattern.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = f.apply(m.group());
            } catch (DateTimeParseException e) {
                replacement = m.group(); // looked like a date, was not one (2026-13-45): keep what was stored
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean known(String key) {
        return KEYS.contains(key);
    }
}

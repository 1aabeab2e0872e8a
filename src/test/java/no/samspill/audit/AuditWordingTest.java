package no.samspill.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditWordingTest {

    private static final SamspillI18NProvider BUNDLES = new SamspillI18NProvider();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static Translator in(String language) {
        return Translator.of(Locale.of(language), (l, key, args) -> BUNDLES.getTranslation(key, l, args));
    }

    private static String words(String language, String entityType, String changes) {
        return AuditWording.changes(entityType, changes, in(language), OSLO);
    }

    @Test
    void a_dialogue_status_reads_as_words_in_each_language() {
        assertThat(words("nb", "MarketDialogue", "status: DRAFT → PUBLISHED")).isEqualTo("Status: Utkast → Publisert");
        assertThat(words("da", "MarketDialogue", "status: DRAFT → PUBLISHED"))
                .isEqualTo("Status: Kladde → Offentliggjort");
        assertThat(words("en", "MarketDialogue", "status: DRAFT → PUBLISHED")).isEqualTo("Status: Draft → Published");
    }

    @Test
    void roles_in_a_list_are_each_named_and_the_field_is_named_too() {
        assertThat(words("nb", "Membership", "roles: [MEMBER] → [MEMBER, TENANT_ADMIN]"))
                .isEqualTo("Roller: Medlem → Medlem, Administrator");
    }

    @Test
    void the_same_field_name_means_the_enum_of_its_object() {
        assertThat(words("en", "ActionItem", "status: GREEN → RED")).isEqualTo("Status: On track → Postponed");
        assertThat(words("en", "Tenant", "kind: – → SUPPLIER")).doesNotContain("SUPPLIER");
    }

    @Test
    void a_boards_outcome_and_a_portfolios_status_period_read_as_words() {
        assertThat(words("en", "CasePaper", "outcome: – → REJECTED")).doesNotContain("REJECTED")
                .startsWith(BUNDLES.getTranslation("audit.field.outcome", Locale.ENGLISH) + ": ");
        assertThat(words("nb", "Portfolio", "period: TERTIAL → QUARTER")).doesNotContain("TERTIAL", "QUARTER")
                .contains(BUNDLES.getTranslation("portfolio.period.QUARTER", Locale.of("nb")));
        // a membership ended by a disqualification names its reason in words; a typed reason stays as typed
        assertThat(words("en", "RefGroup", "member: – → Per Andersen; reason: – → impartiality"))
                .endsWith(": impartiality (disqualified for the procurement)");
        assertThat(words("en", "CasePaper", "reason: – → Covered by a national agreement."))
                .endsWith(": Covered by a national agreement.");
    }

    @Test
    void booleans_moments_and_days_are_written_as_the_reader_reads_them() {
        assertThat(words("nb", "CasePaper", "exempt: false → true")).isEqualTo("Unntatt offentlighet: Nei → Ja");
        String moment = words("en", "SteeringGroup", "startsAt: – → 2026-12-09T09:00:00Z");
        assertThat(moment).startsWith("Starts: ").contains("10:00").doesNotContain("T09:00");
        assertThat(words("en", "ReviewDocument", "window: – → 2026-12-01–2026-12-15")).isEqualTo("Review period: "
                + Formats.date(LocalDate.of(2026, 12, 1), Locale.ENGLISH) + "–"
                + Formats.date(LocalDate.of(2026, 12, 15), Locale.ENGLISH));
    }

    @Test
    void a_typed_value_with_a_semicolon_is_not_cut_and_unknown_codes_stay_as_stored() {
        assertThat(words("en", "ProcurementProject", "title: – → Beds; chairs: and tables; reference: – → X-1"))
                .isEqualTo("Title: Beds; chairs: and tables; Reference: X-1");
        assertThat(words("en", "ProcurementProject", "something odd")).isEqualTo("something odd");
        assertThat(AuditWording.action("no.such-code", in("nb"))).isEqualTo("no.such-code");
    }

    @Test
    void an_empty_list_reads_as_none_and_a_field_kept_for_machines_is_left_out() {
        assertThat(words("en", "ActionItem", "dependsOn: [A1.2] → []")).endsWith(": A1.2 → –");
        assertThat(words("en", "ActionItem", "dependsOn: [] → [A1.2]")).endsWith(": A1.2").doesNotContain("→");
        assertThat(words("en", "SteeringGroup", "memberUserId: – → 17; member: – → Kari Nordmann"))
                .doesNotContain("17").endsWith(": Kari Nordmann");
    }

    @Test
    void a_decision_point_names_the_decision_and_the_phase_it_holds() {
        assertThat(words("en", "SteeringGroup", "decisionPoint: – → NEEDS_ANALYSIS_APPROVAL; beforePhase: – → TENDER"))
                .isEqualTo("Decision point: Approval of the needs analysis; Before the phase: Tender");
    }

    @Test
    void a_withheld_value_stays_withheld() {
        assertThat(words("nb", "CasePaper", "number: – → 03/26; title: – → ***"))
                .isEqualTo("Nummer: 03/26; Tittel: ***");
    }

    @Test
    void an_entry_reads_with_its_action_and_object_named() {
        AuditLine line = AuditWording.line(new AuditRow(1, Instant.EPOCH, "a@b.no", "review.commented",
                "ReviewDocument", "7", "section: – → 3.2"), in("da"), OSLO);
        assertThat(line.action()).isEqualTo(BUNDLES.getTranslation("action.review.commented", Locale.of("da")))
                .doesNotContain("review.commented");
        assertThat(line.entity()).isEqualTo(BUNDLES.getTranslation("entity.ReviewDocument", Locale.of("da")));
        assertThat(line.changes()).isEqualTo("Afsnit: 3.2");
    }
}

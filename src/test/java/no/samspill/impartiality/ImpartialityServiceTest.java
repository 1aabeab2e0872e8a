package no.samspill.impartiality;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.SamspillI18NProvider;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.ProjectFacts;
import no.samspill.referencegroup.GroupService;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ImpartialityServiceTest {

    @Autowired
    ImpartialityFixture fixture;
    @Autowired
    DeclarationService declarations;
    @Autowired
    RegisterService registers;
    @Autowired
    TemplateService templates;
    @Autowired
    GroupService groups;
    @Autowired
    List<ProjectFacts> facts;
    @Autowired
    SamspillI18NProvider i18n;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_register_lists_who_must_declare_from_their_roles_and_who_is_missing() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(ImpartialityFixture.KARI, () -> fixture.sign(w.projectId(), List.of()));
        fixture.as(TestUsers.HSO_LEAD, () -> {
            ProjectRegister r = registers.register(w.projectId());
            assertThat(r.open()).isTrue();
            assertThat(r.rows()).hasSize(4);
            assertThat(r.rows()).filteredOn(x -> x.roles().stream().anyMatch(e -> e.labelKey()
                    .equals(RosterEntry.LEAD))).extracting(RegisterRow::status)
                    .containsExactly(DeclarationStatus.MISSING);
            assertThat(r.rows()).filteredOn(x -> x.status() == DeclarationStatus.COMPLETE).hasSize(1);
            assertThat(r.missing()).isEqualTo(3);
        });
    }

    @Test
    void bad_input_is_refused_with_clear_messages() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(ImpartialityFixture.KARI, () -> {
            DeclarationForm form = declarations.form(w.projectId(), ImpartialityFixture.NB);
            assertThat(form.suppliers()).extracting(SupplierAnswer::supplierName)
                    .containsExactly("GE Healthcare", "Medtronic");
            long me = form.declarantUserId();
            long t = form.template().id();
            assertThat(form.template().text(TemplatePart.EMPLOYMENT)).contains("ansatt");
            // an incomplete form: one supplier not answered
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(me, t, true, false,
                    List.of(AnswerInput.noTie(w.ge())), "", true), ImpartialityFixture.NB))
                    .hasMessageContaining("impartiality.error.unanswered");
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(me, t, false, true,
                    List.of(), "", true), ImpartialityFixture.NB))
                    .hasMessageContaining("impartiality.error.confidentiality");
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(me, t, true, true,
                    List.of(), "", false), ImpartialityFixture.NB))
                    .hasMessageContaining("impartiality.error.not-confirmed");
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(me, t, true, false,
                    List.of(new AnswerInput(w.medtronic(), Set.of(TieKind.BOARD), " "), AnswerInput.noTie(w.ge())),
                    "", true), ImpartialityFixture.NB)).hasMessageContaining("impartiality.error.details");
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(me, t, true, true,
                    List.of(new AnswerInput(w.medtronic(), Set.of(TieKind.BOARD), "Styremedlem")), "", true),
                    ImpartialityFixture.NB)).hasMessageContaining("impartiality.error.no-ties-conflict");
            // a declaration on behalf of someone else
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(me + 1, t, true, true,
                    List.of(), "", true), ImpartialityFixture.NB))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("impartiality.error.on-behalf");
            assertThat(declarations.form(w.projectId(), ImpartialityFixture.NB).status())
                    .as("nothing was saved").isEqualTo(DeclarationStatus.MISSING);
        });
    }

    @Test
    void a_tie_goes_to_the_lead_who_must_give_a_reason_and_two_deciders_at_once_get_the_concurrent_edit_message() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(ImpartialityFixture.JONAS, () -> assertThat(fixture.signWithTie(w.projectId(), w.medtronic())
                .status()).isEqualTo(DeclarationStatus.TIE_DECLARED));
        fixture.as(ImpartialityFixture.KARI, () -> {
            assertThatThrownBy(() -> registers.register(w.projectId())).isInstanceOf(ForbiddenException.class);
        });
        fixture.as(TestUsers.HSO_LEAD, () -> {
            RegisterRow jonas = registers.register(w.projectId()).rows().stream()
                    .filter(r -> r.status() == DeclarationStatus.TIE_DECLARED).findFirst().orElseThrow();
            assertThat(jonas.canDecide()).isTrue();
            assertThat(jonas.tiedSuppliers()).extracting(s -> s.name()).containsExactly("Medtronic");
            long id = jonas.declarationId();
            assertThatThrownBy(() -> registers.decide(id, jonas.declarationVersion(), Decision.NOT_DISQUALIFIED,
                    "  ", Set.of())).hasMessageContaining("impartiality.error.reason");
            registers.decide(id, jonas.declarationVersion(), Decision.NOT_DISQUALIFIED, "Sluttet for lenge siden.",
                    Set.of());
            assertThatThrownBy(() -> registers.decide(id, jonas.declarationVersion(), Decision.DISQUALIFIED,
                    "Likevel inhabil.", Set.of())).isInstanceOf(ConcurrentEditException.class);
            RegisterRow after = registers.register(w.projectId()).rows().stream()
                    .filter(r -> r.declarationId() != null && r.declarationId() == id).findFirst().orElseThrow();
            assertThat(after.status()).isEqualTo(DeclarationStatus.DECIDED);
            assertThat(after.decision()).isEqualTo(Decision.NOT_DISQUALIFIED);
            assertThat(after.reason()).isEqualTo("Sluttet for lenge siden.");
        });
        fixture.as(ImpartialityFixture.JONAS, () -> assertThat(declarations.form(w.projectId(),
                ImpartialityFixture.NB).decision()).isEqualTo(Decision.NOT_DISQUALIFIED));
        Integer audited = jdbc.queryForObject("select count(*) from audit_entry where action in"
                + " ('impartiality.signed', 'impartiality.decided') and entity_id = ?", Integer.class,
                String.valueOf(declarationIdOf(w, ImpartialityFixture.JONAS)));
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void the_leads_own_tie_goes_to_the_steering_chair_not_to_the_lead() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.HSO_LEAD, () -> {
            fixture.signWithTie(w.projectId(), w.ge());
            RegisterRow own = registers.register(w.projectId()).rows().stream()
                    .filter(r -> r.status() == DeclarationStatus.TIE_DECLARED).findFirst().orElseThrow();
            assertThat(own.canDecide()).isFalse();
            assertThatThrownBy(() -> registers.decide(own.declarationId(), own.declarationVersion(),
                    Decision.NOT_DISQUALIFIED, "Egen sak.", Set.of())).isInstanceOf(ForbiddenException.class);
        });
        // no steering group oversees the project: the tenant's admin decides
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            RegisterRow lead = registers.register(w.projectId()).rows().stream()
                    .filter(r -> r.status() == DeclarationStatus.TIE_DECLARED).findFirst().orElseThrow();
            assertThat(lead.canDecide()).isTrue();
        });
    }

    @Test
    void declarations_are_kept_when_members_leave_and_the_register_exports_and_reports_names_and_statuses() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(ImpartialityFixture.MARIT, () -> fixture.sign(w.projectId(), List.of()));
        fixture.as(TestUsers.HSO_LEAD, () -> {
            var marit = groups.details(w.groupId()).members().stream()
                    .filter(m -> m.name().startsWith("Marit")).findFirst().orElseThrow();
            groups.endMembership(marit.id(), marit.version(), groups.today());
            assertThat(registers.register(w.projectId()).rows()).filteredOn(r -> r.name().startsWith("Marit"))
                    .extracting(RegisterRow::status).containsExactly(DeclarationStatus.COMPLETE);
            Translator t = Translator.of(ImpartialityFixture.NB, (l, k, a) -> i18n.getTranslation(k, l, a));
            byte[] xlsx = registers.xlsx(w.projectId(), t).bytes();
            String all = cells(xlsx);
            assertThat(all).startsWith("Navn|").contains("Status|", "Marit", "Fullstendig", "Mangler")
                    // signed times as a reader writes them, not as stored instants
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
            List<ProjectFacts.Fact> lines = facts.stream().flatMap(f -> f.facts(w.projectId(), null).facts()
                    .stream()).filter(f -> f.messageKey().startsWith("facts.impartiality.")).toList();
            assertThat(lines).hasSize(4).extracting(ProjectFacts.Fact::messageKey)
                    .contains("facts.impartiality.COMPLETE", "facts.impartiality.MISSING");
        });
    }

    @Test
    void a_tenant_admin_adapts_the_template_as_a_new_version_and_a_form_on_the_old_version_is_refused() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.RM_ADMIN, () -> {
            TemplateView shipped = templates.current(ImpartialityFixture.NB);
            assertThat(shipped.country()).isEqualTo("DK");
            assertThat(shipped.shipped()).isTrue();
            Map<String, Map<TemplatePart, String>> texts = new HashMap<>();
            for (String lang : TemplateService.LANGUAGES) {
                Map<TemplatePart, String> parts = new EnumMap<>(TemplatePart.class);
                for (TemplatePart p : TemplatePart.values()) {
                    parts.put(p, p.name() + " " + lang + " v2");
                }
                texts.put(lang, parts);
            }
            texts.get("da").put(TemplatePart.OTHER, " ");
            assertThatThrownBy(() -> templates.newVersion(texts, ImpartialityFixture.NB))
                    .hasMessageContaining("impartiality.template.error.text");
            texts.get("da").put(TemplatePart.OTHER, "OTHER da v2");
            TemplateView v2 = templates.newVersion(texts, java.util.Locale.of("da"));
            assertThat(v2.number()).isEqualTo(shipped.number() + 1);
            assertThat(templates.current(java.util.Locale.of("da")).text(TemplatePart.OTHER)).isEqualTo("OTHER da v2");
        });
        fixture.as(ImpartialityFixture.KARI, () -> {
            DeclarationForm form = declarations.form(w.projectId(), ImpartialityFixture.NB);
            assertThatThrownBy(() -> declarations.sign(w.projectId(), new DeclarationInput(form.declarantUserId(),
                    form.template().id() + 1000, true, true, List.of(), "", true), ImpartialityFixture.NB))
                    .hasMessageContaining("impartiality.error.template-changed");
        });
    }

    private static String cells(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(c -> all.append(c.getStringCellValue()).append('|')));
            return all.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long declarationIdOf(ImpartialityFixture.World w, String email) {
        Long id = jdbc.queryForObject("select d.id from impartiality_declaration d join user_account u on"
                + " u.id = d.user_id where d.project_id = ? and u.email = ?", Long.class, w.projectId(), email);
        return id == null ? 0 : id;
    }
}

package no.samspill.knowledgebase;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The collection in the database: the demo import, idempotent re-imports, drafts and who may do what. */
@SamspillSpringTest
class KnowledgeBaseTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeImportService imports;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.samspill.procurement.ProjectService projectService;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_demo_imports_all_25_seed_cases_published_and_a_second_import_changes_nothing() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from kb_case c join tenant t on t.id = c.contributor_tenant_id"
                + " where t.code = 'region-midtjylland' and c.status = 'PUBLISHED' and c.code regexp '^[AB][0-9]+$'"
                + " and c.region in ('Nordjylland','Midtjylland','Syddanmark','Sjælland','Hovedstaden')",
                Long.class)).isGreaterThanOrEqualTo(25);
        long audits = audits();
        users.login(TestUsers.RM_ADMIN);
        ImportReport again = imports.importCases("cases.txt", CaseFileParserTest.realFile().getBytes(StandardCharsets.UTF_8), true);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(25);
        assertThat(audits()).isEqualTo(audits);
    }

    @Test
    void a_supplier_reads_a_published_case_with_its_company_linked_to_the_supplier_tenant() {
        users.login(TestUsers.MEDTRONIC_USER);
        CaseDetails a12 = knowledge.caseOf(idOf("Hovedstaden", "A12"));
        assertThat(a12.content().title()).startsWith("Udbud af serviceydelser til Hjertemedicinsk Klinik");
        long medtronic = jdbc.queryForObject("select id from tenant where code = 'medtronic'", Long.class);
        assertThat(a12.companies()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Medtronic Danmark A/S");
            assertThat(c.supplierTenantId()).isEqualTo(medtronic);
        });
        assertThat(a12.form()).isEqualTo(ProcurementForm.NEGOTIATED);
        assertThat(a12.eformsCode()).isEqualTo("neg-w-call");
        assertThat(a12.mine()).isFalse();
        // "Medical Danmark" names no supplier tenant: it stays text
        assertThat(knowledge.caseOf(idOf("Syddanmark", "A6")).companies())
                .singleElement().satisfies(c -> assertThat(c.supplierTenantId()).isNull());
        assertThat(knowledge.caseOf(idOf("Nordjylland", "B13")).reviewNote()).isEqualTo("kb.review.results-repeat|B8");
        assertThat(knowledge.canContribute()).isFalse();
        assertThatThrownBy(() -> knowledge.create(content("B" + number(), "Leverandørens case")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_draft_is_its_tenants_alone_and_another_tenant_cannot_see_or_change_it() {
        users.login(TestUsers.HSO_LEAD);
        CaseDetails draft = knowledge.create(content("A" + number(), "Hjertepumper i Helse Sør-Øst"));
        assertThat(draft.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(draft.editable()).isTrue();
        assertThat(knowledge.myDrafts()).extracting(CaseRow::id).contains(draft.id());

        users.login(TestUsers.RM_ADMIN);
        assertThatThrownBy(() -> knowledge.caseOf(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> knowledge.update(draft.id(), draft.version(), content(draft.content().code(), "Kapret")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> knowledge.publish(draft.id(), draft.version())).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> knowledge.caseOf(draft.id())).isInstanceOf(NotFoundException.class);
        // a published case of another tenant is read, never changed
        long a4 = idOf("Midtjylland", "A4");
        users.login(TestUsers.HSO_LEAD);
        CaseDetails tavi = knowledge.caseOf(a4);
        assertThatThrownBy(() -> knowledge.withdraw(a4, tavi.version())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_stale_save_is_refused_and_a_published_case_must_go_back_to_draft_before_it_changes() {
        users.login(TestUsers.HSO_LEAD);
        CaseDetails draft = knowledge.create(content("A" + number(), "Insulinpumper"));
        CaseDetails saved = knowledge.update(draft.id(), draft.version(), content(draft.content().code(),
                "Insulinpumper med CGM"));
        assertThat(saved.version()).isGreaterThan(draft.version());
        assertThatThrownBy(() -> knowledge.update(draft.id(), draft.version(), content(draft.content().code(), "Gammel")))
                .isInstanceOf(ConcurrentEditException.class);
        CaseDetails published = knowledge.publish(saved.id(), saved.version());
        assertThat(published.status()).isEqualTo(CaseStatus.PUBLISHED);
        assertThatThrownBy(() -> knowledge.update(saved.id(), published.version(), content(saved.content().code(),
                "Endret"))).isInstanceOf(ValidationException.class).hasMessageContaining("kb.error.not-draft");
        CaseDetails back = knowledge.withdraw(saved.id(), published.version());
        assertThat(back.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(audits("kb.case-created", saved.id()) + audits("kb.case-updated", saved.id())
                + audits("kb.case-published", saved.id()) + audits("kb.case-withdrawn", saved.id())).isEqualTo(4);
    }

    @Test
    void bad_input_is_refused_with_a_message_and_nothing_is_stored() {
        users.login(TestUsers.HSO_LEAD);
        long before = jdbc.queryForObject("select count(*) from kb_case", Long.class);
        assertThatThrownBy(() -> knowledge.create(content("A" + number(), "  ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("kb.error.title");
        assertThatThrownBy(() -> knowledge.create(content("A" + number(), "x".repeat(KnowledgeRules.TITLE_MAX + 1))))
                .hasMessageContaining("kb.error.title");
        assertThatThrownBy(() -> knowledge.create(content("A" + number(), "<script>alert(1)</script>")))
                .hasMessageContaining("kb.error.script");
        assertThatThrownBy(() -> knowledge.create(content("X1", "Feil kode"))).hasMessageContaining("kb.error.code");
        assertThat(jdbc.queryForObject("select count(*) from kb_case", Long.class)).isEqualTo(before);
        CaseDetails first = knowledge.create(content("A" + number(), "Første med koden"));
        assertThatThrownBy(() -> knowledge.create(content(first.content().code(), "Koden finnes")))
                .hasMessageContaining("kb.error.code-taken");
        assertThat(jdbc.queryForObject("select count(*) from kb_case", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void an_import_leaves_out_the_cases_with_errors_updates_by_region_and_code_and_never_touches_another_tenants()
            throws Exception {
        String region = "Testregion " + UUID.randomUUID().toString().substring(0, 6);
        String file = """
                - A1. En
                - A2. To

                Region\t%s
                Titel på case\tFørste case
                Nøgleord\tTCO
                Udbudsform\tOffentligt udbud

                Region\t%s
                Titel på case\tAndre case
                Nøgleord\tTCO Ukjent ord
                """.formatted(region, region);
        users.login(TestUsers.HSO_LEAD);
        ImportReport report = imports.importCases("cases.txt", file.getBytes(StandardCharsets.UTF_8), false);
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.refused()).containsExactly("A2");
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(11));
        ImportReport again = imports.importCases("cases.txt", file.replace("Første case", "Første case, rettet")
                .getBytes(StandardCharsets.UTF_8), false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select title from kb_case where region = ? and code = 'A1'", String.class,
                region)).isEqualTo("Første case, rettet");

        users.login(TestUsers.RM_ADMIN);
        ImportReport foreign = imports.importCases("cases.txt", file.getBytes(StandardCharsets.UTF_8), true);
        assertThat(foreign.created()).isZero();
        assertThat(foreign.problems()).anySatisfy(p -> assertThat(p.messageKey())
                .isEqualTo("kb.import.error.other-tenant"));
        assertThat(jdbc.queryForObject("select title from kb_case where region = ? and code = 'A1'", String.class,
                region)).isEqualTo("Første case, rettet");
        assertThatThrownBy(() -> imports.check("cases.txt", "ingen caser her".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("kb.import.error.no-cases");
        assertThatThrownBy(() -> imports.check("cases.txt", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}))
                .hasMessageContaining("kb.import.error.encoding");
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> imports.check("cases.txt", file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_search_exports_to_xlsx_in_the_import_columns_and_the_sheet_imports_again_unchanged() throws Exception {
        users.login(TestUsers.RM_ADMIN);
        byte[] sheet = imports.export(new CaseQuery("", java.util.Map.of(CaseFacet.REGION, Set.of("Hovedstaden")),
                CaseQuery.Sort.RELEVANCE, 0, 20), "Caser").bytes();
        long hovedstaden = jdbc.queryForObject("select count(*) from kb_case where status = 'PUBLISHED'"
                + " and region = 'Hovedstaden'", Long.class);
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(sheet))) {
            var first = book.getSheetAt(0);
            assertThat(first.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Titel på case");
            assertThat(first.getPhysicalNumberOfRows() - 1L).isEqualTo(hovedstaden).isGreaterThan(5);
        }
        ImportReport again = imports.importCases("cases.xlsx", sheet, true);
        assertThat(again.problems()).noneMatch(ImportProblem::isError);
        assertThat(again.unchanged()).isEqualTo((int) hovedstaden);
        assertThat(again.created() + again.updated()).isZero();
        // a changed cell comes back as an update of that case only
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(sheet));
                var out = new java.io.ByteArrayOutputStream()) {
            var rows = book.getSheetAt(0);
            for (var row : rows) {
                if ("A12".equals(row.getCell(1).getStringCellValue())) {
                    row.getCell(11).setCellValue("Optimeret klinisk flow. Forbedret vareflow. Rettet i Excel.");
                }
            }
            book.write(out);
            ImportReport edited = imports.importCases("cases.xlsx", out.toByteArray(), true);
            assertThat(edited.updated()).isEqualTo(1);
            assertThat(knowledge.caseOf(idOf("Hovedstaden", "A12")).content().results()).endsWith("Rettet i Excel.");
        }
        // and the first sheet puts it back, so that the seed stays as it was for the other tests
        assertThat(imports.importCases("cases.xlsx", sheet, true).updated()).isEqualTo(1);
    }

    @Test
    void a_project_in_contract_management_offers_its_lead_a_prefilled_draft_and_not_before() {
        users.login(TestUsers.HSO_LEAD);
        long me = jdbc.queryForObject("select id from user_account where email = ?", Long.class, TestUsers.HSO_LEAD);
        no.samspill.procurement.ProjectSummary created = projectService.create(new no.samspill.procurement.ProjectForm(
                projectService.formOptions().suggestedReference(), "Sengeposter med trykkavlastning",
                "Trykkfordelende madrasser til alle sengeposter.", no.samspill.procurement.Category.MTU, me, Set.of(),
                null));
        assertThatThrownBy(() -> knowledge.draftFromProject(created.id(), "Medisinsk utstyr"))
                .hasMessageContaining("kb.error.not-ready");
        no.samspill.procurement.ProjectSummary p = created;
        while (p.phase() != no.samspill.procurement.Phase.CONTRACT_MANAGEMENT) {
            p = projectService.advancePhase(p.id(), p.version(), "");
        }
        long projectId = p.id();
        users.login(TestUsers.HSO_ADMIN);
        assertThatThrownBy(() -> knowledge.draftFromProject(projectId, "x")).hasMessageContaining("kb.error.not-ready");
        users.login(TestUsers.HSO_LEAD);
        CaseDetails draft = knowledge.draftFromProject(projectId, "Medisinsk utstyr");
        assertThat(draft.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(draft.content().title()).isEqualTo("Sengeposter med trykkavlastning");
        assertThat(draft.content().region()).isEqualTo("Helse Sør-Øst RHF");
        assertThat(draft.content().code()).matches("A\\d+");
        assertThat(draft.content().results()).isEmpty();
    }

    static CaseContent content(String code, String title) {
        return new CaseContent("Helse Sør-Øst", code, title, "Medisinsk utstyr", "Kort om casen.", "Verdi.",
                Set.of(Keyword.A, Keyword.I), "Åpen anbudskonkurranse", null, List.of("Medtronic Norge AS"), "", "",
                2024, CaseKind.INNOVATIVE_PROCUREMENT);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS = new java.util.concurrent.atomic
            .AtomicInteger(100);

    /** A code number no other case of the test region has: this class uses 100–499. */
    private static int number() {
        return NUMBERS.getAndIncrement();
    }

    private long idOf(String region, String code) {
        return jdbc.queryForObject("select id from kb_case where region = ? and code = ?", Long.class, region, code);
    }

    private long audits() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }

    private long audits(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_id = ?", Long.class,
                action, String.valueOf(id));
    }
}

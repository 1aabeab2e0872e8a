package no.samspill.actionplan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import no.samspill.support.ZipBombs;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class PlanImportTest {

    @Autowired
    PlanImportService imports;
    @Autowired
    ActionPlanService plans;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_valid_csv_is_imported_whole() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Import " + UUID.randomUUID(), "");
        byte[] csv = ("\uFEFFNummer;Tittel;Beskrivelse;Tiltak/status;Status;Forventet ferdig;Ansvarlig\n"
                + "A1.1;Rundebordskonferanse;Arrangere konferanse;Avholdt 18.01.2019;FERDIG;;Sykehusinnkjøp\n"
                + "A1.2;Tjenestekataloger;;Planlagt;Grønn;JULI 2020;Sykehusinnkjøp\n"
                + "B1.1;\"Beslutningspunkt; behovsanalyse\";;;gul;2019-11;NNB\n").getBytes(StandardCharsets.UTF_8);
        ImportResult checked = imports.check(plan.id(), "plan.csv", csv);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.rows()).isEqualTo(3);
        assertThat(imports.importInto(plan.id(), "plan.csv", csv).imported()).isTrue();
        assertThat(plans.items(plan.id(), PlanFilter.ALL)).extracting(i -> i.number() + " " + i.status() + " "
                + i.expected()).containsExactly("A1.1 DONE null", "A1.2 GREEN 2020-07", "B1.1 YELLOW 2019-11");
        assertThat(plans.items(plan.id(), PlanFilter.ALL).get(2).title()).isEqualTo("Beslutningspunkt; behovsanalyse");
    }

    @Test
    void every_bad_row_is_reported_and_nothing_is_imported() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Import " + UUID.randomUUID(), "");
        plans.createItem(plan.id(), new ItemForm("A1.1", "Finnes fra før", "", "", "", null, java.util.Set.of()),
                new StatusUpdate(ItemStatus.GREEN, "", null));
        byte[] csv = ("A1.1;Finnes allerede;;;grønn;;\n"
                + "A2.1;Ukjent status;;;lilla;;\n"
                + "A2.2;Dårlig dato;;;rød;trettende 2020;\n"
                + "A2.3;Første;;;rød;;\n"
                + "A2.3;Duplikat;;;rød;;\n"
                + "X;Ikke et nummer;;;rød;;\n").getBytes(StandardCharsets.UTF_8);
        ImportResult result = imports.importInto(plan.id(), "plan.csv", csv);
        assertThat(result.imported()).isFalse();
        assertThat(result.problems()).extracting(p -> p.row() + ":" + p.messageKey()).containsExactly(
                "1:import.error.exists", "2:import.error.status", "3:import.error.date", "5:import.error.duplicate",
                "6:import.error.number");
        assertThat(plans.items(plan.id(), PlanFilter.ALL)).hasSize(1);
    }

    @Test
    void an_exported_plan_imports_again_as_it_was() throws Exception {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary bhm = plans.plans().stream().filter(p -> p.title().equals("Handlingsplan BHM")).findFirst()
                .orElseThrow();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        imports.export(bhm.id(), Translator.of(Locale.ROOT, (l, k, a) -> k)).writeTo(xlsx);
        PlanSummary copy = plans.createPlan("Kopi " + UUID.randomUUID(), "");
        ImportResult result = imports.importInto(copy.id(), "kopi.xlsx", xlsx.toByteArray());
        assertThat(result.problems()).isEmpty();
        assertThat(plans.items(copy.id(), PlanFilter.ALL)).extracting(i -> i.number() + " " + i.status())
                .containsExactlyElementsOf(plans.items(bhm.id(), PlanFilter.ALL).stream()
                        .map(i -> i.number() + " " + i.status()).toList());
    }

    @Test
    void unreadable_or_empty_files_get_a_clear_error() {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Import " + UUID.randomUUID(), "");
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.xlsx", "ikke et regneark".getBytes()))
                .hasMessageContaining("import.error.unreadable");
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.pdf", new byte[10]))
                .hasMessageContaining("import.error.type");
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.csv", "Nummer;Tittel\n".getBytes()))
                .hasMessageContaining("import.error.empty");
    }

    @Test
    void a_spreadsheet_that_expands_like_a_zip_bomb_is_refused_with_a_message() throws Exception {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Import " + UUID.randomUUID(), "");
        byte[] xlsx = xlsx(1);
        // 200 MB of sheet XML in a file of a few hundred kB: past what an import expands at all
        byte[] huge = ZipBombs.padded(xlsx, "xl/worksheets/sheet1.xml", 200L * 1024 * 1024);
        // 20 MB in 20 kB: within that, but past POI's ratio of 1:100
        byte[] dense = ZipBombs.padded(xlsx, "xl/worksheets/sheet1.xml", 20L * 1024 * 1024);
        System.out.printf("Zip bombs: %d kB -> 200 MB, %d kB -> 20 MB%n", huge.length / 1024, dense.length / 1024);
        assertThat(huge.length).isLessThan(PlanImportService.MAX_IMPORT_BYTES);
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.xlsx", huge))
                .isInstanceOf(ValidationException.class).hasMessageContaining("upload.error.zip-bomb");
        assertThatThrownBy(() -> imports.importInto(plan.id(), "plan.xlsx", dense))
                .isInstanceOf(ValidationException.class).hasMessageContaining("upload.error.zip-bomb");
        assertThat(plans.items(plan.id(), PlanFilter.ALL)).isEmpty();
        // the same file without the padding imports
        assertThat(imports.check(plan.id(), "plan.xlsx", xlsx).valid()).isTrue();
    }

    @Test
    void a_file_with_more_rows_than_an_import_reads_is_refused_before_it_is_read_to_the_end() throws Exception {
        users.login(TestUsers.SKI_ADMIN);
        PlanSummary plan = plans.createPlan("Import " + UUID.randomUUID(), "");
        StringBuilder csv = new StringBuilder();
        for (int i = 1; i <= PlanSheetReader.MAX_READ_ROWS + 1; i++) {
            csv.append("A").append(i).append(".1;Tiltak nummer ").append(i).append(";;;grønn;;\n");
        }
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("import.error.too-large");
        String wide = (";".repeat(PlanSheetReader.MAX_READ_CELLS / 10) + "\n").repeat(11);
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.csv", wide.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("import.error.too-large");
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.xlsx", xlsx(PlanSheetReader.MAX_READ_ROWS + 1)))
                .hasMessageContaining("import.error.too-large");
        assertThatThrownBy(() -> imports.check(plan.id(), "plan.csv", new byte[PlanImportService.MAX_IMPORT_BYTES + 1]))
                .hasMessageContaining("upload.error.size");
    }

    /** A sheet of valid rows A1.1, A2.1, … as Excel would save it. */
    private static byte[] xlsx(int rows) throws java.io.IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Plan");
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("A" + (i + 1) + ".1");
                row.createCell(1).setCellValue("Tiltak " + (i + 1));
                row.createCell(4).setCellValue("grønn");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void months_are_read_in_the_forms_plans_use() {
        assertThat(PlanSheetReader.month("JULI 2020")).isEqualTo(YearMonth.of(2020, 7));
        assertThat(PlanSheetReader.month("juli 2020")).isEqualTo(YearMonth.of(2020, 7));
        assertThat(PlanSheetReader.month("NOV 2019")).isEqualTo(YearMonth.of(2019, 11));
        assertThat(PlanSheetReader.month("December 2019")).isEqualTo(YearMonth.of(2019, 12));
        assertThat(PlanSheetReader.month("2019-11")).isEqualTo(YearMonth.of(2019, 11));
        assertThat(PlanSheetReader.month("07.2020")).isEqualTo(YearMonth.of(2020, 7));
        assertThat(PlanSheetReader.month("13.2020")).isNull();
        assertThat(PlanSheetReader.month("snart")).isNull();
    }
}

package no.samspill.marketdialogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.Translator;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ExportTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    DialogueExportService exports;
    @Autowired
    ResponseService responses;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_matrix_exports_one_sheet_per_section_with_submitted_answers_as_text() throws Exception {
        DialogueFixture.Built d = fixture.published("Eksport", "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("=HYPERLINK(\"http://x\")"));
        responses.saveAnswer(d.dialogueId(), d.number(), null, AnswerInput.number(new BigDecimal("12.5")));
        responses.saveAnswer(d.dialogueId(), d.yesNo(), null, AnswerInput.yesNo(true));
        responses.submit(d.dialogueId());

        users.login(TestUsers.HSO_LEAD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.matrixXlsx(d.dialogueId(), Translator.of(Locale.of("nb"),
                (l, key, args) -> key.equals("common.yes") ? "Ja" : key)).writeTo(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("1 Produkt");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).startsWith("Medtronic");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("12,5 timer");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Ja");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEmpty();
        }
        ByteArrayOutputStream ledger = new ByteArrayOutputStream();
        exports.ledgerXlsx(d.dialogueId(), ZoneId.of("Europe/Oslo"), Translator.of(Locale.of("nb"), (l, key, args) -> key))
                .writeTo(ledger);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ledger.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(4);
        }
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> exports.matrixXlsx(d.dialogueId(), Translator.of(Locale.ENGLISH, (l, k, args) -> k)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void sheet_names_are_made_safe_and_unique() {
        Set<String> used = new HashSet<>();
        assertThat(DialogueExportService.sheetName("1 Pris/kostnad: [TCO]?", used)).doesNotContain("/", ":", "[", "?");
        String longName = "2 " + "Integrasjon og informasjonssikkerhet".repeat(2);
        String first = DialogueExportService.sheetName(longName, used);
        String second = DialogueExportService.sheetName(longName, used);
        assertThat(first).hasSizeLessThanOrEqualTo(31);
        assertThat(second).hasSizeLessThanOrEqualTo(31).isNotEqualTo(first);
    }
}

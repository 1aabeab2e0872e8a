package no.samspill.impartiality;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.stream.Collectors;
import no.samspill.platform.files.XlsxCells;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A project's register as a spreadsheet: who, why, status, when signed on which version, decision and reason. */
final class RegisterExport {

    private RegisterExport() {
    }

    static void write(ProjectRegister register, ZoneId zone, Translator t, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = XlsxCells.headerStyle(book);
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(register.reference()));
            Row head = sheet.createRow(0);
            String[] keys = {"impartiality.register.name", "impartiality.register.roles",
                    "impartiality.register.status", "impartiality.register.signed", "impartiality.register.template",
                    "impartiality.register.ties", "impartiality.register.decision", "impartiality.register.reason",
                    "impartiality.register.decided-by"};
            for (int c = 0; c < keys.length; c++) {
                XlsxCells.text(head, c, t.text(keys[c]), header);
            }
            int r = 1;
            for (RegisterRow row : register.rows()) {
                Row x = sheet.createRow(r++);
                XlsxCells.text(x, 0, row.name(), null);
                XlsxCells.text(x, 1, row.roles().stream().map(e -> e.groupName() == null ? t.text(e.labelKey())
                        : t.text(e.labelKey()) + " (" + e.groupName() + ")").collect(Collectors.joining(", ")), null);
                XlsxCells.text(x, 2, t.text(row.status().labelKey()), null);
                XlsxCells.text(x, 3, row.signedAt() == null ? ""
                        : Formats.dateTimeZoned(row.signedAt(), zone, t.locale()), null);
                XlsxCells.text(x, 4, row.templateNumber() == null ? "" : String.valueOf(row.templateNumber()), null);
                XlsxCells.text(x, 5, row.tiedSuppliers().stream().map(s -> s.name())
                        .collect(Collectors.joining(", ")), null);
                XlsxCells.text(x, 6, row.decision() == null ? "" : t.text(row.decision().labelKey()), null);
                XlsxCells.text(x, 7, row.reason() == null ? "" : row.reason(), null);
                XlsxCells.text(x, 8, row.decidedBy() == null ? "" : row.decidedBy(), null);
            }
            XlsxCells.widths(sheet, 30, 40, 20, 24, 10, 30, 24, 60, 30);
            book.write(out);
        }
    }
}

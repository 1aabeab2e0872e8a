package no.samspill.marketdialogue;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.files.XlsxCells;
import no.samspill.platform.i18n.Translator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spreadsheets for the procurement file: the answer matrix with one sheet per section, and the equal-treatment
 * ledger. Access is the buyer's, through the services that read the data. Labels come from the caller's translator,
 * in the user's language. The rows are read in the transaction; the sheets are written after it, while the client
 * downloads.
 */
@Service
public class DialogueExportService {

    private final DialogueService dialogues;

    DialogueExportService(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    /** The answer matrix, read now; the sheet is written when the returned file is. */
    @Transactional(readOnly = true)
    public PreparedFile matrixXlsx(long dialogueId, Translator t) {
        ResponseMatrix matrix = dialogues.matrix(dialogueId);
        return out -> writeMatrix(matrix, t, out);
    }

    /** The equal-treatment ledger, read now, with times in the given zone. */
    @Transactional(readOnly = true)
    public PreparedFile ledgerXlsx(long dialogueId, ZoneId zone, Translator t) {
        List<LedgerRow> rows = dialogues.ledger(dialogueId);
        return out -> writeLedger(rows, zone, t, out);
    }

    private static void writeMatrix(ResponseMatrix matrix, Translator t, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = XlsxCells.headerStyle(book);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Set<String> names = new HashSet<>();
            for (SectionView section : matrix.sections()) {
                Sheet sheet = book.createSheet(sheetName(section.number() + " " + section.title(), names));
                Row head = sheet.createRow(0);
                XlsxCells.text(head, 0, t.text("responses.question"), header);
                for (int c = 0; c < matrix.columns().size(); c++) {
                    ResponseColumn col = matrix.columns().get(c);
                    XlsxCells.text(head, c + 1, col.supplierName() + " (" + t.text(col.status().labelKey()) + ")", header);
                }
                int r = 1;
                for (QuestionView q : section.questions()) {
                    Row row = sheet.createRow(r++);
                    XlsxCells.text(row, 0, q.number() + " " + q.text(), wrap);
                    for (int c = 0; c < matrix.columns().size(); c++) {
                        long participant = matrix.columns().get(c).participantId();
                        String text = matrix.cell(q.id(), participant)
                                .map(a -> AnswerText.of(q, a, t)).orElse("");
                        XlsxCells.text(row, c + 1, text, wrap);
                    }
                }
                sheet.setColumnWidth(0, 60 * 256);
                for (int c = 0; c < matrix.columns().size(); c++) {
                    sheet.setColumnWidth(c + 1, 45 * 256);
                }
                sheet.createFreezePane(1, 1);
            }
            if (matrix.sections().isEmpty()) {
                book.createSheet(sheetName(t.text("responses.question"), names));
            }
            book.write(out);
        }
    }

    private static void writeLedger(List<LedgerRow> rows, ZoneId zone, Translator t, OutputStream out)
            throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle header = XlsxCells.headerStyle(book);
            Sheet sheet = book.createSheet(sheetName(t.text("dialogue.tab.ledger"), new HashSet<>()));
            Row head = sheet.createRow(0);
            String[] keys = {"ledger.when", "ledger.kind", "ledger.with", "ledger.shared", "ledger.summary",
                    "ledger.by"};
            for (int i = 0; i < keys.length; i++) {
                XlsxCells.text(head, i, t.text(keys[i]), header);
            }
            int r = 1;
            for (LedgerRow l : rows) {
                Row row = sheet.createRow(r++);
                XlsxCells.text(row, 0, time.format(l.occurredAt()), null);
                XlsxCells.text(row, 1, t.text(l.kind().labelKey()), null);
                XlsxCells.text(row, 2, l.supplierName() == null ? t.text("ledger.all") : l.supplierName(), null);
                XlsxCells.text(row, 3, t.text(l.sharedWithAll() ? "common.yes" : "common.no"), null);
                XlsxCells.text(row, 4, LedgerText.summary(l, zone, t.locale()), null);
                XlsxCells.text(row, 5, l.actor(), null);
            }
            XlsxCells.widths(sheet, 28, 30, 26, 12, 80, 26);
            sheet.createFreezePane(0, 1);
            book.write(out);
        }
    }

    /** Excel limits sheet names to 31 characters without : \ / ? * [ ] and wants them unique. */
    static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}

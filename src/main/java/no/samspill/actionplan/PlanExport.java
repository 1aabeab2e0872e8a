package no.samspill.actionplan;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import no.samspill.platform.files.PreparedFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan as a spreadsheet, prepared: the rows are read inside the service's transaction, and {@link #writeTo}
 * writes the workbook after it, so no database connection is held while a client downloads. The columns are the
 * import's ({@link PlanSheetReader#COLUMNS}), so an exported plan imports again.
 */
public final class PlanExport implements PreparedFile {

    private static final int[] WIDTHS = {10, 40, 60, 60, 12, 12, 30};

    private final String sheetName;
    private final List<String> headers;
    private final List<List<String>> rows;

    PlanExport(String sheetName, List<String> headers, List<List<String>> rows) {
        this.sheetName = sheetName;
        this.headers = List.copyOf(headers);
        this.rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cells of one item, in the import's column order. */
    static List<String> cells(ItemRow i) {
        String measure = i.measure().isEmpty() ? i.statusText()
                : i.statusText().isEmpty() ? i.measure() : i.measure() + "\n" + i.statusText();
        return List.of(i.number().toString(), i.title(), i.description(), measure, i.status().name(),
                i.expected() == null ? "" : i.expected().toString(), i.responsible());
    }

    /** Writes the workbook (xlsx); call it outside the transaction. */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            book.write(out);
        }
    }
}

package no.samspill.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.files.XlsxCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One of the portfolio's views as a spreadsheet, prepared: its rows are read and translated inside the service's
 * transaction, and {@link #writeTo} writes the workbook after it. The header row stays in view while scrolling,
 * since the matrix is wide and the status list long.
 */
public final class PortfolioSheet implements PreparedFile {

    private final String sheetName;
    private final List<String> headers;
    private final List<List<String>> rows;
    private final int[] widths;

    PortfolioSheet(String sheetName, List<String> headers, List<List<String>> rows, int... widths) {
        this.sheetName = sheetName;
        this.headers = List.copyOf(headers);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.widths = widths.clone();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle header = XlsxCells.headerStyle(book);
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                XlsxCells.text(head, c, headers.get(c), header);
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    XlsxCells.text(row, c, values.get(c), null);
                }
            }
            sheet.createFreezePane(widths.length > 2 ? 2 : 1, 1);
            int[] all = new int[headers.size()];
            for (int c = 0; c < all.length; c++) {
                all[c] = c < widths.length ? widths[c] : widths[widths.length - 1];
            }
            XlsxCells.widths(sheet, all);
            book.write(out);
        }
    }
}

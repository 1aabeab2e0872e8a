package no.samspill.platform.files;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/** The cells of the portal's Excel exports, written one way for every feature. */
public final class XlsxCells {

    /** Excel's limit for the text of one cell. */
    public static final int MAX_CELL = 32_767;

    private XlsxCells() {
    }

    /** Bold, wrapped: the header row of an export. */
    public static CellStyle headerStyle(Workbook book) {
        CellStyle style = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setWrapText(true);
        return style;
    }

    /**
     * A text cell: a value starting with = is stored as text, never evaluated as a formula, and a value over Excel's
     * limit is cut to it.
     */
    public static void text(Row row, int column, String value, @Nullable CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Column widths in characters, from the first column on. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }
}

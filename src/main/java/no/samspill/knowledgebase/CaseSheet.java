package no.samspill.knowledgebase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.samspill.knowledgebase.CaseFileParser.Block;
import no.samspill.knowledgebase.CaseFileParser.Field;
import no.samspill.knowledgebase.CaseFileParser.Value;
import no.samspill.platform.files.OfficeFiles;
import no.samspill.platform.files.PreparedFile;
import no.samspill.platform.files.XlsxCells;
import no.samspill.platform.i18n.ValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The collection as one sheet, one case a row, one field a column, headed by the text format's labels ("Region",
 * "Kode", "Titel på case" …), so that a region keeps its list in Excel and loads it again. A read sheet becomes the
 * same case blocks as a text file (row = line), checked by {@link CaseChecks}; columns may come in any order.
 */
final class CaseSheet {

    static final Map<Field, String> COLUMNS = new LinkedHashMap<>();
    private static final int MAX_ROWS = 5000;

    static {
        COLUMNS.put(Field.REGION, "Region");
        COLUMNS.put(Field.CODE, "Kode");
        COLUMNS.put(Field.TITLE, "Titel på case");
        COLUMNS.put(Field.AREA, "Område");
        COLUMNS.put(Field.YEAR, "År");
        COLUMNS.put(Field.KEYWORDS, "Nøgleord");
        COLUMNS.put(Field.FORM, "Samarbejds-/udbudsform");
        COLUMNS.put(Field.COMPANIES, "Virksomhed(er)");
        COLUMNS.put(Field.SHORT_DESCRIPTION, "Kort beskrivelse");
        COLUMNS.put(Field.VALUE_ELEMENTS, "Værdiskabende elementer");
        COLUMNS.put(Field.CHALLENGES, "Udfordringer");
        COLUMNS.put(Field.RESULTS, "Resultater og effekter");
    }

    private CaseSheet() {
    }

    static boolean isSheet(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** A case's cells, in the columns' order. */
    static List<String> cells(CaseContent c) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        v.put(Field.REGION, c.region());
        v.put(Field.CODE, c.code());
        v.put(Field.TITLE, c.title());
        v.put(Field.AREA, c.area());
        v.put(Field.YEAR, c.year() == null ? "" : c.year().toString());
        v.put(Field.KEYWORDS, Arrays.stream(Keyword.values()).filter(c.keywords()::contains)
                .map(KeywordAliases::name).collect(Collectors.joining(", ")));
        v.put(Field.FORM, c.procurementText());
        v.put(Field.COMPANIES, String.join(", ", c.companies()));
        v.put(Field.SHORT_DESCRIPTION, c.shortDescription());
        v.put(Field.VALUE_ELEMENTS, c.valueElements());
        v.put(Field.CHALLENGES, c.challenges());
        v.put(Field.RESULTS, c.results());
        return COLUMNS.keySet().stream().map(f -> v.getOrDefault(f, "")).toList();
    }

    static PreparedFile write(String sheetName, List<List<String>> rows) {
        List<List<String>> copy = rows.stream().map(List::copyOf).toList();
        return (OutputStream out) -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
                CellStyle header = XlsxCells.headerStyle(book);
                Row head = sheet.createRow(0);
                int c = 0;
                for (String label : COLUMNS.values()) {
                    XlsxCells.text(head, c++, label, header);
                }
                int r = 1;
                for (List<String> values : copy) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        XlsxCells.text(row, i, values.get(i), null);
                    }
                }
                XlsxCells.widths(sheet, 14, 8, 40, 30, 6, 40, 40, 30, 60, 60, 40, 60);
                book.write(out);
            }
        };
    }

    /** The sheet's rows as case blocks (row numbers as in Excel); the header row names the columns. */
    static List<ParsedCase> read(byte[] content) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<Block> blocks = new ArrayList<>();
        try {
            OfficeFiles.requireSafeArchive(content, OfficeFiles.MAX_EXPANDED_BYTES);
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
                Sheet sheet = book.getSheetAt(0);
                if (sheet.getPhysicalNumberOfRows() > MAX_ROWS) {
                    throw new ValidationException("kb.import.error.too-many", MAX_ROWS);
                }
                Map<Integer, Field> columns = new LinkedHashMap<>();
                for (Row row : sheet) {
                    int number = row.getRowNum() + 1;
                    if (columns.isEmpty()) {
                        for (Cell cell : row) {
                            Field f = CaseFileParser.field(formatter.formatCellValue(cell));
                            if (f != null) {
                                columns.put(cell.getColumnIndex(), f);
                            }
                        }
                        if (!columns.containsValue(Field.REGION) || !columns.containsValue(Field.TITLE)) {
                            throw new ValidationException("kb.import.error.sheet-header");
                        }
                        continue;
                    }
                    Map<Field, Value> fields = new LinkedHashMap<>();
                    columns.forEach((index, field) -> {
                        Cell cell = row.getCell(index);
                        fields.put(field, new Value(cell == null ? "" : formatter.formatCellValue(cell), number));
                    });
                    if (fields.values().stream().anyMatch(v -> !v.raw().isBlank())) {
                        blocks.add(new Block(number, fields, new ArrayList<>()));
                    }
                }
            }
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (OfficeFiles.isZipBomb(e)) {
                throw OfficeFiles.zipBomb();
            }
            throw new ValidationException("kb.import.error.unreadable");
        }
        return CaseChecks.read(blocks, new IdentityHashMap<>());
    }
}

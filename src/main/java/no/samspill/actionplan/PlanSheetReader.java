package no.samspill.actionplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.files.OfficeFiles;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.i18n.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads a plan's spreadsheet (xlsx, or CSV with ';' or ',') into rows of cell texts, and the cell forms plans are
 * written in: status words in our languages and months as "07.2020" or "juli 2020". No Spring and no plan: what the
 * rows mean for a plan is {@link PlanImportService}'s.
 */
final class PlanSheetReader {

    static final List<String> COLUMNS = List.of("number", "title", "description", "measure", "status", "expected",
            "responsible");
    /** Rows and cells read from a file at most, blank ones included, so a crafted file cannot make us read on. */
    static final int MAX_READ_ROWS = 5000;
    static final int MAX_READ_CELLS = 100_000;
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[./](\\d{4})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Map<String, ItemStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("green", ItemStatus.GREEN), Map.entry("grønn", ItemStatus.GREEN),
            Map.entry("grøn", ItemStatus.GREEN), Map.entry("i rute", ItemStatus.GREEN),
            Map.entry("on track", ItemStatus.GREEN), Map.entry("planmæssig", ItemStatus.GREEN),
            Map.entry("yellow", ItemStatus.YELLOW), Map.entry("gul", ItemStatus.YELLOW),
            Map.entry("forsinket", ItemStatus.YELLOW), Map.entry("delayed", ItemStatus.YELLOW),
            Map.entry("red", ItemStatus.RED), Map.entry("rød", ItemStatus.RED), Map.entry("utsatt", ItemStatus.RED),
            Map.entry("udsat", ItemStatus.RED), Map.entry("postponed", ItemStatus.RED),
            Map.entry("done", ItemStatus.DONE), Map.entry("ferdig", ItemStatus.DONE),
            Map.entry("færdig", ItemStatus.DONE));

    private static final Set<String> HEADER_WORDS = Set.of("nummer", "number", "nr", "nr.", "no", "no.", "#");

    private PlanSheetReader() {
    }

    /** The status a cell names, in any of our languages or as the enum's name; null when it names none. */
    static @Nullable ItemStatus status(String text) {
        ItemStatus status = STATUS_WORDS.get(text.toLowerCase(Locale.ROOT));
        return status != null ? status : parseEnum(text);
    }

    /** The file's first sheet (or its CSV lines) as rows of stripped cell texts. */
    static List<List<String>> read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        UploadRules.requireAtMost(content, UploadRules.SHEET_IMPORT_MAX_BYTES, "upload.error.size");
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(content);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return readCsv(content);
            }
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (OfficeFiles.isZipBomb(e)) {
                throw OfficeFiles.zipBomb();
            }
            throw new ValidationException("import.error.unreadable", fileName);
        }
        throw new ValidationException("import.error.type");
    }

    private static List<List<String>> readXlsx(byte[] content) throws IOException {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        OfficeFiles.requireSafeArchive(content, OfficeFiles.MAX_EXPANDED_BYTES);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getPhysicalNumberOfRows() > MAX_READ_ROWS) {
                throw tooLarge();
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        // a real Excel date in the "expected" column: its month is what counts
                        cells.add(YearMonth.from(cell.getLocalDateTimeCellValue()).toString());
                    } else {
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip());
                    }
                }
                table.add(cells);
            }
        }
        return table;
    }

    /** CSV with ';' (as Nordic spreadsheets write it) or ',', UTF-8 with or without a BOM. */
    private static List<List<String>> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count()
                >= firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        int cellsRead = 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
                cellsRead += record.size();
                if (table.size() >= MAX_READ_ROWS || cellsRead > MAX_READ_CELLS) {
                    throw tooLarge();
                }
                List<String> cells = new ArrayList<>();
                record.forEach(v -> cells.add(v.strip()));
                table.add(cells);
            }
        }
        return table;
    }

    private static ValidationException tooLarge() {
        return new ValidationException("import.error.too-large", MAX_READ_ROWS, MAX_READ_CELLS);
    }

    /** The first row holds column names when its first cell is a word for "number" (in any of our languages). */
    static boolean looksLikeHeader(List<String> row) {
        String first = cell(row, 0).toLowerCase(Locale.ROOT);
        return HEADER_WORDS.contains(first) || first.startsWith("import.column");
    }

    static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private static @Nullable ItemStatus parseEnum(String text) {
        try {
            return ItemStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "2020-07", "07.2020", "JULI 2020", "juli 2020", "July 2020": the forms plans are written in. */
    static @Nullable YearMonth month(String text) {
        String clean = text.strip();
        try {
            Matcher iso = ISO_MONTH.matcher(clean);
            if (iso.matches()) {
                return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
            }
            Matcher numeric = NUMERIC_MONTH.matcher(clean);
            if (numeric.matches()) {
                return YearMonth.of(Integer.parseInt(numeric.group(2)), Integer.parseInt(numeric.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        Matcher named = NAMED_MONTH.matcher(clean);
        if (named.matches()) {
            String word = named.group(1).toLowerCase(Locale.ROOT);
            for (Locale locale : List.of(Locale.of("nb"), Locale.of("da"), Locale.ENGLISH)) {
                for (Month m : Month.values()) {
                    String full = m.getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale);
                    String shortName = m.getDisplayName(TextStyle.SHORT_STANDALONE, locale).toLowerCase(locale)
                            .replace(".", "");
                    if (word.equals(full) || word.equals(shortName)) {
                        return YearMonth.of(Integer.parseInt(named.group(2)), m);
                    }
                }
            }
        }
        return null;
    }
}

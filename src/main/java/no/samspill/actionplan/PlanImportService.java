package no.samspill.actionplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.platform.files.OfficeFiles;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves action plans in and out of spreadsheets. Columns, in this order: number, title, description, measure and
 * status text, status, expected completion, responsible. An import checks every row first and imports nothing
 * unless all rows are valid; the export writes the same columns, so an exported plan can be imported again.
 */
@Service
public class PlanImportService {

    static final List<String> COLUMNS = List.of("number", "title", "description", "measure", "status", "expected",
            "responsible");
    /** The largest file an import takes; a plan of a thousand items is well below it. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;
    private static final int MAX_ROWS = 1000;
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

    private final ActionPlanService plans;
    private final AccessPolicy access;

    PlanImportService(ActionPlanService plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    private record Parsed(ItemNumber number, String title, String description, String measure, ItemStatus status,
            @Nullable YearMonth expected, String responsible) {
    }

    /** Checks the file against the plan and reports every problem; changes nothing. */
    @Transactional(readOnly = true)
    public ImportResult check(long planId, String fileName, byte[] content) {
        List<Parsed> rows = new ArrayList<>();
        List<ImportProblem> problems = parse(planId, fileName, content, rows);
        return new ImportResult(rows.size(), problems, false);
    }

    /** Imports all rows in one transaction, or none: any problem leaves the plan as it was. */
    @Transactional
    public ImportResult importInto(long planId, String fileName, byte[] content) {
        access.requireAnyRole(Roles.LEADS);
        List<Parsed> rows = new ArrayList<>();
        List<ImportProblem> problems = parse(planId, fileName, content, rows);
        if (!problems.isEmpty()) {
            return new ImportResult(rows.size(), problems, false);
        }
        for (Parsed p : rows) {
            plans.createItem(planId, new ItemForm(p.number().toString(), p.title(), p.description(), "",
                    p.responsible(), null, Set.of()), new StatusUpdate(p.status(), p.measure(), p.expected()));
        }
        return new ImportResult(rows.size(), List.of(), true);
    }

    @Transactional(readOnly = true)
    public void exportXlsx(long planId, Function<String, String> translate, OutputStream out) throws IOException {
        List<ItemRow> items = plans.items(planId, PlanFilter.ALL);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(
                    translate.apply("import.sheet")));
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                head.createCell(c).setCellValue(translate.apply("import.column." + COLUMNS.get(c)));
            }
            int r = 1;
            for (ItemRow i : items) {
                Row row = sheet.createRow(r++);
                String measure = i.measure().isEmpty() ? i.statusText()
                        : i.statusText().isEmpty() ? i.measure() : i.measure() + "\n" + i.statusText();
                String[] values = {i.number().toString(), i.title(), i.description(), measure, i.status().name(),
                        i.expected() == null ? "" : i.expected().toString(), i.responsible()};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            int[] widths = {10, 40, 60, 60, 12, 12, 30};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
        }
    }

    private List<ImportProblem> parse(long planId, String fileName, byte[] content, List<Parsed> out) {
        List<List<String>> all = read(fileName, content);
        // rows are reported by their line in the file, so a user finds them where they are
        List<Integer> lines = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean header = i == 0 && looksLikeHeader(all.get(i));
            if (!header && all.get(i).stream().anyMatch(v -> !v.isBlank())) {
                lines.add(i + 1);
                table.add(all.get(i));
            }
        }
        if (table.isEmpty()) {
            throw new ValidationException("import.error.empty");
        }
        if (table.size() > MAX_ROWS) {
            throw new ValidationException("import.error.too-many", MAX_ROWS);
        }
        Set<String> existing = new HashSet<>();
        plans.items(planId, PlanFilter.ALL).forEach(i -> existing.add(i.number().toString()));
        Set<String> seen = new HashSet<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            List<String> cells = table.get(i);
            int row = lines.get(i);
            String numberText = cell(cells, 0);
            ItemNumber number = null;
            try {
                number = ItemNumber.parse(numberText);
                if (!seen.add(number.toString())) {
                    problems.add(new ImportProblem(row, "number", "import.error.duplicate", numberText));
                } else if (existing.contains(number.toString())) {
                    problems.add(new ImportProblem(row, "number", "import.error.exists", numberText));
                }
            } catch (ValidationException e) {
                problems.add(new ImportProblem(row, "number", "import.error.number", numberText));
            }
            String title = cell(cells, 1);
            if (title.length() < 3 || title.length() > ActionPlanRules.TITLE_MAX) {
                problems.add(new ImportProblem(row, "title", "import.error.title", title));
            }
            ItemStatus status = STATUS_WORDS.get(cell(cells, 4).toLowerCase(Locale.ROOT));
            if (status == null) {
                status = parseEnum(cell(cells, 4));
            }
            if (status == null) {
                problems.add(new ImportProblem(row, "status", "import.error.status", cell(cells, 4)));
            }
            YearMonth expected = null;
            String expectedText = cell(cells, 5);
            if (!expectedText.isEmpty()) {
                expected = month(expectedText);
                if (expected == null) {
                    problems.add(new ImportProblem(row, "expected", "import.error.date", expectedText));
                }
            }
            String description = cell(cells, 2);
            String measure = cell(cells, 3);
            String responsible = cell(cells, 6);
            if (description.length() > ActionPlanRules.TEXT_MAX || measure.length() > ActionPlanRules.TEXT_MAX
                    || responsible.length() > ActionPlanRules.RESPONSIBLE_MAX) {
                problems.add(new ImportProblem(row, "description", "import.error.too-long", ""));
            }
            if (number != null && status != null) {
                out.add(new Parsed(number, title, description, measure, status, expected, responsible));
            }
        }
        return problems;
    }

    private static List<List<String>> read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length > MAX_IMPORT_BYTES) {
            throw new ValidationException("upload.error.size", MAX_IMPORT_BYTES / (1024 * 1024));
        }
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
    private static boolean looksLikeHeader(List<String> row) {
        String first = cell(row, 0).toLowerCase(Locale.ROOT);
        return HEADER_WORDS.contains(first) || first.startsWith("import.column");
    }

    private static String cell(List<String> cells, int index) {
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
        } catch (java.time.DateTimeException e) {
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

package no.samspill.actionplan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.samspill.platform.files.UploadRules;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.platform.security.AccessPolicy;
import no.samspill.platform.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves action plans in and out of spreadsheets. Columns, in this order: number, title, description, measure and
 * status text, status, expected completion, responsible. An import checks every row first and imports nothing
 * unless all rows are valid; the export writes the same columns, so an exported plan can be imported again.
 * Reading and writing the file itself is {@link PlanSheetReader}'s and {@link PlanExport}'s.
 */
@Service
public class PlanImportService {

    /** The largest file an import takes. */
    public static final int MAX_IMPORT_BYTES = UploadRules.SHEET_IMPORT_MAX_BYTES;
    private static final int MAX_ROWS = 1000;

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

    /**
     * The plan as a spreadsheet in the reader's language, prepared in this transaction; the caller writes it
     * ({@link PlanExport#writeTo}) after the transaction.
     */
    @Transactional(readOnly = true)
    public PlanExport export(long planId, Translator t) {
        List<List<String>> rows = plans.items(planId, PlanFilter.ALL).stream().map(PlanExport::cells).toList();
        return new PlanExport(t.text("import.sheet"),
                PlanSheetReader.COLUMNS.stream().map(c -> t.text("import.column." + c)).toList(), rows);
    }

    private List<ImportProblem> parse(long planId, String fileName, byte[] content, List<Parsed> out) {
        List<List<String>> all = PlanSheetReader.read(fileName, content);
        // rows are reported by their line in the file, so a user finds them where they are
        List<Integer> lines = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean header = i == 0 && PlanSheetReader.looksLikeHeader(all.get(i));
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
            String numberText = PlanSheetReader.cell(cells, 0);
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
            String title = PlanSheetReader.cell(cells, 1);
            if (title.length() < 3 || title.length() > ActionPlanRules.TITLE_MAX) {
                problems.add(new ImportProblem(row, "title", "import.error.title", title));
            }
            ItemStatus status = PlanSheetReader.status(PlanSheetReader.cell(cells, 4));
            if (status == null) {
                problems.add(new ImportProblem(row, "status", "import.error.status", PlanSheetReader.cell(cells, 4)));
            }
            YearMonth expected = null;
            String expectedText = PlanSheetReader.cell(cells, 5);
            if (!expectedText.isEmpty()) {
                expected = PlanSheetReader.month(expectedText);
                if (expected == null) {
                    problems.add(new ImportProblem(row, "expected", "import.error.date", expectedText));
                }
            }
            String description = PlanSheetReader.cell(cells, 2);
            String measure = PlanSheetReader.cell(cells, 3);
            String responsible = PlanSheetReader.cell(cells, 6);
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
}

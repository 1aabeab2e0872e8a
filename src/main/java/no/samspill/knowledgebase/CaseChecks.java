package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.samspill.knowledgebase.CaseFileParser.Block;
import no.samspill.knowledgebase.CaseFileParser.Field;
import no.samspill.knowledgebase.CaseFileParser.IndexEntry;
import no.samspill.knowledgebase.CaseFileParser.Value;
import no.samspill.knowledgebase.ImportProblem.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Checks every case block of an import on its own and turns it into content: lengths, an empty title, unknown
 * keywords, script anywhere, a code that is missing or given twice. Warnings ask a person to look without keeping
 * the case out: a title that differs from the index's, results that repeat another case's (B13 and B8).
 */
final class CaseChecks {

    /** Markup that runs in a browser: refused anywhere, although every text is shown literally. */
    private static final Pattern SCRIPT = Pattern.compile(
            "(?i)<\\s*(script|iframe|object|embed|svg|style)|javascript:|\\son[a-z]+\\s*=");
    private static final Pattern CODE = Pattern.compile("[AB]\\d{1,3}");
    private static final Pattern SPLIT_COMPANIES = Pattern.compile(",\\s*|\\s+og\\s+|\\s+and\\s+|;\\s*");

    private CaseChecks() {
    }

    static List<ParsedCase> read(String text) {
        // by identity: a block is a record over a map that fills after it is put here
        Map<Block, IndexEntry> index = new java.util.IdentityHashMap<>();
        List<Block> blocks = CaseFileParser.blocks(text, index);
        return read(blocks, index);
    }

    /** The blocks (of a text file or the rows of a sheet), each with its index entry when it has one. */
    static List<ParsedCase> read(List<Block> blocks, Map<Block, IndexEntry> index) {
        List<ParsedCase> cases = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, String> results = new HashMap<>();
        for (Block block : blocks) {
            ParsedCase parsed = check(block, index.get(block));
            String code = parsed.content().code();
            String key = parsed.content().region() + "|" + code;
            List<ImportProblem> problems = new ArrayList<>(parsed.problems());
            String note = parsed.reviewNote();
            if (!code.isEmpty() && codes.putIfAbsent(key, code) != null) {
                problems.add(CaseFileParser.problem(code, block.line(), "kb.import.error.code-twice", code));
            }
            String same = sameness(parsed.content().results());
            if (same.length() > 40) {
                String earlier = results.putIfAbsent(same, code);
                if (earlier != null) {
                    Value v = CaseFileParser.value(block, Field.RESULTS);
                    problems.add(new ImportProblem(code, v == null ? block.line() : v.line(), Severity.WARNING,
                            "kb.import.warning.results-repeat", earlier));
                    note = "kb.review.results-repeat|" + earlier;
                }
            }
            cases.add(new ParsedCase(parsed.content(), block.line(), problems, note));
        }
        return cases;
    }

    /** The results as letters and digits only: "Rubidi-um-82" in B13 is "Rubidium-82" in B8. */
    static String sameness(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static ParsedCase check(Block block, @Nullable IndexEntry indexed) {
        List<ImportProblem> problems = new ArrayList<>();
        Value codeValue = CaseFileParser.value(block, Field.CODE);
        String code = codeValue != null ? HtmlText.clean(codeValue.raw()).toUpperCase(java.util.Locale.ROOT)
                : indexed != null ? indexed.code() : "";
        for (ImportProblem p : block.problems()) {
            problems.add(new ImportProblem(code, p.line(), p.severity(), p.messageKey(), p.value()));
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(CaseFileParser.problem(code, block.line(), "kb.import.error.code", code));
        }
        for (Value v : block.fields().values()) {
            if (SCRIPT.matcher(v.raw()).find()) {
                problems.add(CaseFileParser.problem(code, v.line(), "kb.import.error.script", excerpt(v.raw())));
            }
        }
        Texts texts = new Texts(block, code, problems);
        String region = texts.field(Field.REGION, 1, KnowledgeRules.REGION_MAX, "kb.import.error.region");
        String title = texts.field(Field.TITLE, KnowledgeRules.TITLE_MIN, KnowledgeRules.TITLE_MAX,
                "kb.import.error.title");
        if (indexed != null && !KeywordAliases.words(indexed.title()).equals(KeywordAliases.words(title))
                && !title.isEmpty()) {
            problems.add(new ImportProblem(code, block.line(), Severity.WARNING, "kb.import.warning.title-differs",
                    indexed.title()));
        }
        String area = texts.field(Field.AREA, 0, KnowledgeRules.AREA_MAX, "kb.import.error.area");
        String description = texts.text(Field.SHORT_DESCRIPTION);
        String elements = texts.text(Field.VALUE_ELEMENTS);
        String form = texts.text(Field.FORM);
        String challenges = texts.text(Field.CHALLENGES);
        String results = texts.text(Field.RESULTS);
        String keywordText = texts.text(Field.KEYWORDS);
        KeywordAliases.Reading keywords = KeywordAliases.read(keywordText);
        Value keywordValue = CaseFileParser.value(block, Field.KEYWORDS);
        for (String unknown : keywords.unknown()) {
            problems.add(CaseFileParser.problem(code, keywordValue == null ? block.line() : keywordValue.line(),
                    "kb.import.error.keyword", unknown));
        }
        List<String> companies = companies(texts.field(Field.COMPANIES, 0, KnowledgeRules.TEXT_MAX,
                "kb.import.error.companies"));
        if (companies.size() > KnowledgeRules.COMPANIES_MAX
                || companies.stream().anyMatch(c -> c.length() > KnowledgeRules.COMPANY_MAX)) {
            problems.add(CaseFileParser.problem(code, line(block, Field.COMPANIES), "kb.import.error.companies",
                    String.valueOf(KnowledgeRules.COMPANY_MAX)));
        }
        Integer year = null;
        String yearText = texts.text(Field.YEAR);
        if (!yearText.isEmpty()) {
            try {
                year = Integer.valueOf(yearText.strip());
            } catch (NumberFormatException e) {
                year = -1;
            }
            if (year < KnowledgeRules.YEAR_MIN || year > KnowledgeRules.YEAR_MAX) {
                problems.add(CaseFileParser.problem(code, line(block, Field.YEAR), "kb.import.error.year", yearText));
                year = null;
            }
        }
        CaseContent content = new CaseContent(region, code, title, area, description, elements, keywords.keywords(),
                form, null, companies, challenges, results, year, CaseKind.ofCode(code));
        return new ParsedCase(content, block.line(), problems, "");
    }

    /** The companies a value names: "Roche Danmark A/S, QLife ApS, Journl A/S", "LT Automation og Life Science". */
    static List<String> companies(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        // a parenthesis ("ViewRay Inc. som underleverandør") stays with the company it describes
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (String part : text.split("(?=[(),;])|(?<=[(),;])")) {
            if (part.equals("(")) {
                depth++;
            } else if (part.equals(")")) {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (part.equals(",") || part.equals(";"))) {
                names.add(current.toString());
                current.setLength(0);
            } else {
                current.append(part);
            }
        }
        names.add(current.toString());
        return names.stream().flatMap(n -> n.contains("(") ? java.util.stream.Stream.of(n)
                : Arrays.stream(SPLIT_COMPANIES.split(n))).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static int line(Block block, Field field) {
        Value v = CaseFileParser.value(block, field);
        return v == null ? block.line() : v.line();
    }

    private static String excerpt(String raw) {
        return raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
    }

    /** The cleaned texts of a block, each checked against its length. */
    private record Texts(Block block, String code, List<ImportProblem> problems) {

        String text(Field field) {
            return field(field, 0, KnowledgeRules.TEXT_MAX, "kb.import.error.too-long");
        }

        String field(Field field, int min, int max, String key) {
            Value v = CaseFileParser.value(block, field);
            String clean = v == null ? "" : HtmlText.clean(v.raw());
            if (clean.length() < min || clean.length() > max) {
                problems.add(CaseFileParser.problem(code, v == null ? block.line() : v.line(), key,
                        String.valueOf(max)));
            }
            return clean;
        }
    }
}

package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.knowledgebase.ImportProblem.Severity;
import org.jspecify.annotations.Nullable;

import static no.samspill.platform.Lookups.present;

/**
 * Reads the regions' case collection as it is: blocks of {@code label<TAB>value} lines, one block per case starting
 * at "Region", with an index of codes and titles ("- A1. Title") before each part. A block takes its code from a
 * "Kode" line, or else from its place after the index. Every case is checked on its own; see {@link CaseChecks}.
 */
final class CaseFileParser {

    /** The fields of a case block, whichever of the labels the file uses for them. */
    enum Field {
        REGION, CODE, TITLE, AREA, SHORT_DESCRIPTION, VALUE_ELEMENTS, KEYWORDS, FORM, COMPANIES, CHALLENGES, RESULTS,
        YEAR
    }

    record Value(String raw, int line) {
    }

    record Block(int line, Map<Field, Value> fields, List<ImportProblem> problems) {
    }

    record IndexEntry(String code, String title) {
    }

    private static final Map<String, Field> LABELS = new HashMap<>();
    private static final Pattern INDEX = Pattern.compile("^\\s*[-•]\\s*([AB]\\d{1,3})\\.\\s+(.+)$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    static {
        label(Field.REGION, "region");
        label(Field.CODE, "kode", "code", "nr", "nummer");
        label(Field.TITLE, "titel på case", "titel", "tittel", "title");
        label(Field.AREA, "område", "area");
        label(Field.SHORT_DESCRIPTION, "kort beskrivelse", "short description");
        label(Field.VALUE_ELEMENTS, "værdiskabende elementer", "verdiskapende elementer", "value-creating elements");
        label(Field.KEYWORDS, "nøgleord", "nøkkelord", "keywords");
        label(Field.FORM, "udbudsform", "samarbejds-/udbudsform", "samarbeids-/anskaffelsesform", "procurement form");
        label(Field.COMPANIES, "virksomhed(er)", "virksomhed", "virksomheder", "leverandør(er)", "companies");
        label(Field.CHALLENGES, "udfordringer", "utfordringer", "challenges");
        label(Field.RESULTS, "resultater og effekter", "resultatet og effekter", "resultater og effekt",
                "results and effects");
        label(Field.YEAR, "år", "årstal", "year");
    }

    private CaseFileParser() {
    }

    private static void label(Field field, String... names) {
        for (String n : names) {
            LABELS.put(n, field);
        }
    }

    /** The label as a key: markup, colon and case gone ("<i>Titel på case</i>" is "titel på case"). */
    static String labelKey(String label) {
        String key = TAG.matcher(label).replaceAll("").strip().toLowerCase(Locale.ROOT);
        return key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
    }

    /** The case blocks of the file, each with the code the index gives it (or the one it names). */
    static List<Block> blocks(String text, Map<Block, IndexEntry> indexOf) {
        String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
        List<Block> blocks = new ArrayList<>();
        List<IndexEntry> index = new ArrayList<>();
        int position = 0;
        boolean afterIndexLine = false;
        Block current = null;
        Field lastField = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            Matcher entry = INDEX.matcher(line);
            if (current == null && entry.matches()) {
                if (!afterIndexLine) {
                    // a new part's index starts: the blocks after it are numbered from its first entry
                    index = new ArrayList<>();
                    position = 0;
                }
                index.add(new IndexEntry(entry.group(1), entry.group(2).strip()));
                afterIndexLine = true;
                continue;
            }
            if (!line.isBlank()) {
                afterIndexLine = false;
            }
            int tab = line.indexOf('\t');
            if (current == null) {
                if (tab > 0 && LABELS.get(labelKey(line.substring(0, tab))) == Field.REGION) {
                    current = new Block(number, new LinkedHashMap<>(), new ArrayList<>());
                    blocks.add(current);
                    if (position < index.size()) {
                        indexOf.put(current, index.get(position));
                    }
                    position++;
                } else {
                    continue;
                }
            }
            if (line.isBlank()) {
                current = null;
                lastField = null;
                continue;
            }
            if (tab < 0) {
                // a value that goes on over several lines
                if (lastField != null) {
                    Value v = present(current.fields(), lastField);
                    current.fields().put(lastField, new Value(v.raw() + "\n" + line, v.line()));
                } else {
                    current.problems().add(problem("", number, "kb.import.error.line", line));
                }
                continue;
            }
            String label = line.substring(0, tab);
            Field field = LABELS.get(labelKey(label));
            if (field == null) {
                current.problems().add(problem("", number, "kb.import.error.label", labelKey(label)));
                lastField = null;
                continue;
            }
            if (current.fields().containsKey(field)) {
                current.problems().add(problem("", number, "kb.import.error.label-twice", labelKey(label)));
                continue;
            }
            current.fields().put(field, new Value(line.substring(tab + 1), number));
            lastField = field;
        }
        return blocks;
    }

    /** The field a label names (in a text file or a sheet's header), or null. */
    static @Nullable Field field(String label) {
        return LABELS.get(labelKey(label));
    }

    static ImportProblem problem(String code, int line, String key, String value) {
        return new ImportProblem(code, line, Severity.ERROR, key, value);
    }

    static @Nullable Value value(Block block, Field field) {
        return block.fields().get(field);
    }
}

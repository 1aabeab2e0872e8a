package no.samspill.knowledgebase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.samspill.platform.i18n.ValidationException;

/**
 * The synonym list as the platform admin writes it: one group a line, words separated by commas or "=" ("KOL =
 * kols"). A group needs two words; a word may be several ("trykfordelende madras").
 */
final class Synonyms {

    static final int LINE_MAX = 500;
    static final int GROUPS_MAX = 500;

    private Synonyms() {
    }

    static List<String> parseGroup(String line) {
        return Arrays.stream(line.split("[,=]")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** The groups of the text, each as its stored line ("kol, kols"); refuses a line of one word or too long. */
    static List<String> parse(String text) {
        List<String> groups = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> words = parseGroup(lines[i]);
            String stored = String.join(", ", words);
            if (words.size() < 2 || stored.length() > LINE_MAX || stored.contains("<")) {
                throw new ValidationException("kb.synonyms.error.line", i + 1);
            }
            groups.add(stored);
        }
        if (groups.size() > GROUPS_MAX) {
            throw new ValidationException("kb.synonyms.error.too-many", GROUPS_MAX);
        }
        return groups;
    }
}

package no.samspill.marketdialogue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text names a supplier, as a reader would recognise it: whole words only, whatever the case or the
 * accents, with or without a genitive s, and by the name without its company form or country ("Medtronic" names
 * "Medtronic Danmark A/S"). A core
 * name shorter than three letters is too likely an ordinary word ("GE", "3M"), so then only the full name counts.
 */
final class SupplierNameMatch {

    static final int MIN_CORE_LENGTH = 3;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Company forms and trailing country words, as words after folding ("A/S" is the two words "a s"). */
    private static final List<List<String>> SUFFIXES = List.of("a s", "as", "asa", "aps", "ab", "oy", "oyj", "gmbh",
            "ag", "inc", "ltd", "limited", "llc", "corp", "corporation", "co", "plc", "sa", "s a", "sas", "bv", "b v",
            "nv", "n v", "holding", "norge", "norway", "danmark", "denmark", "sverige", "sweden", "nordic", "nordics",
            "norden", "scandinavia").stream().map(s -> List.of(s.split(" "))).toList();

    private final String full;
    private final String core;

    private SupplierNameMatch(String full, String core) {
        this.full = full;
        this.core = core;
    }

    static SupplierNameMatch of(String tenantName) {
        List<String> words = words(tenantName);
        List<String> core = new ArrayList<>(words);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> suffix : SUFFIXES) {
                if (core.size() > suffix.size() && core.subList(core.size() - suffix.size(), core.size())
                        .equals(suffix)) {
                    core.subList(core.size() - suffix.size(), core.size()).clear();
                    stripped = true;
                    break;
                }
            }
        }
        String coreName = String.join(" ", core);
        return new SupplierNameMatch(String.join(" ", words),
                coreName.replace(" ", "").length() >= MIN_CORE_LENGTH ? coreName : String.join(" ", words));
    }

    /** Whether the text names the supplier by its full name or, when long enough, by its core name. */
    boolean foundIn(String text) {
        if (full.isEmpty()) {
            return false;
        }
        String padded = " " + String.join(" ", words(text)) + " ";
        // the genitive s of the Nordic languages sticks to the name: "Medtronics pumpe" names Medtronic
        return padded.contains(" " + core + " ") || padded.contains(" " + core + "s ")
                || padded.contains(" " + full + " ") || padded.contains(" " + full + "s ");
    }

    /** The name the text is checked for, for tests: the core name, or the full one when the core is too short. */
    String core() {
        return core;
    }

    /** The text folded to words: no accents, lower case, the Nordic letters spelled without their marks. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ł", "l");
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }
}

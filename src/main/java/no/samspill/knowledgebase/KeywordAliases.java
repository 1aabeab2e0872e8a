package no.samspill.knowledgebase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads keywords written as free text without separators ("Tværasektoriel sammenhæng Behandlingskvalitet Lighed i
 * sundhed") by matching the words against an alias dictionary, the longest alias first: the collection's names,
 * their long forms, the typos and split words the real file holds, and Norwegian and English names.
 */
final class KeywordAliases {

    /** What a keyword text reads as: the keywords found, and the runs of words that matched none. */
    record Reading(Set<Keyword> keywords, List<String> unknown) {
    }

    private static final Map<List<String>, Keyword> ALIASES = new LinkedHashMap<>();
    private static final Map<Keyword, String> NAMES = new java.util.EnumMap<>(Keyword.class);

    static {
        alias(Keyword.A, "Behandlingskvalitet", "Behandlingskvalitet (dokumenteret bedre behandling, færre "
                + "genindlæggelser, færre infektioner mv.)", "Behandlingskvalitet mv", "Treatment quality");
        alias(Keyword.B, "Patientoutcome", "Patientoutcome (i forhold til PRO)", "Pasientutfall", "Patient outcome",
                "PRO");
        alias(Keyword.C, "Hurtig behandling og/eller udredning", "Hurtig behandling og udredning",
                "Hurtig behandling", "Rask behandling og/eller utredning", "Fast treatment or diagnosis");
        alias(Keyword.D, "Kortere forløb", "Kortere forløp", "Shorter pathway");
        alias(Keyword.E, "Hjemmebehandling, herunder virtuelle forløb", "Hjemmebehandling",
                "Hjemmebehandling, herunder virtuelle forløp", "Home treatment");
        alias(Keyword.F, "Tværsektoriel sammenhæng", "Tværasektoriel sammenhæng", "Tværsektorielt samarbejde",
                "Tverrsektoriell sammenheng", "Cross-sector coherence");
        alias(Keyword.G, "Lighed i sundhed", "Likhet i helse", "Equality in health");
        alias(Keyword.H, "Arbejdsmiljø", "Arbejds miljø", "Arbeidsmiljø", "Working environment");
        alias(Keyword.I, "TCO", "TCO (totaløkonomiske elementer)", "Totaløkonomiske elementer", "Totaløkonomi");
        alias(Keyword.J, "Variabel afregningsmodel", "Variabel afregningsmodel (forskellige betalingsmekanismer, der "
                + "skal understøtte kvalitet og outcome)", "Variabel betalingsmodell", "Variable payment model");
        alias(Keyword.K, "Grønne elementer", "Grønne elementer (klima)", "Grønne elementer og klima",
                "Green elements");
    }

    private KeywordAliases() {
    }

    /** The keyword's name in the collection (Danish), as an export writes it and an import reads it back. */
    static String name(Keyword keyword) {
        return no.samspill.platform.Lookups.present(NAMES, keyword);
    }

    private static void alias(Keyword keyword, String... names) {
        NAMES.putIfAbsent(keyword, names[0]);
        for (String name : names) {
            ALIASES.put(words(name), keyword);
        }
    }

    /** Lower case, accents kept (æøå are letters here), every run of other characters a word break. */
    static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}/]+")).filter(w -> !w.isEmpty()).toList();
    }

    static Reading read(String text) {
        List<String> words = words(text);
        Set<Keyword> found = EnumSet.noneOf(Keyword.class);
        List<String> unknown = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int longest = 0;
            Keyword match = null;
            for (Map.Entry<List<String>, Keyword> a : ALIASES.entrySet()) {
                List<String> alias = a.getKey();
                if (alias.size() > longest && i + alias.size() <= words.size()
                        && words.subList(i, i + alias.size()).equals(alias)) {
                    longest = alias.size();
                    match = a.getValue();
                }
            }
            if (match == null) {
                run.add(words.get(i));
                i++;
            } else {
                if (!run.isEmpty()) {
                    unknown.add(String.join(" ", run));
                    run.clear();
                }
                found.add(match);
                i += longest;
            }
        }
        if (!run.isEmpty()) {
            unknown.add(String.join(" ", run));
        }
        return new Reading(found, unknown);
    }
}

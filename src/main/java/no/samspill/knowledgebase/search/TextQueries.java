package no.samspill.knowledgebase.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import static no.samspill.platform.Lookups.present;

/**
 * Turns typed words into a query: every word must match (in the title or the body, Danish or Norwegian), and a
 * word also matches through its synonyms. The synonyms apply when searching, not when indexing, so that the
 * platform admin's changes take effect at once, without a rebuild.
 */
final class TextQueries {

    private static final float TITLE_BOOST = 3f;

    private final Analyzer danish;
    private final Analyzer norwegian;
    private volatile Map<String, List<String>> synonyms = Map.of();

    TextQueries(Analyzer danish, Analyzer norwegian) {
        this.danish = danish;
        this.norwegian = norwegian;
    }

    void useSynonyms(List<List<String>> groups) {
        Map<String, List<String>> map = new HashMap<>();
        for (List<String> group : groups) {
            List<String> words = group.stream().map(TextQueries::lower).filter(w -> !w.isBlank()).toList();
            words.forEach(w -> map.put(key(w), words));
        }
        synonyms = Map.copyOf(map);
    }

    /** A word as the synonyms are looked up: lower case, with the Scandinavian letters normalised ("saar" = "sår"). */
    private String key(String word) {
        return danish.normalize("q", lower(word)).utf8ToString();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[\\s,;:!?\"()]+")) {
            String clean = w.replaceAll("^[.\\-]+|[.\\-]+$", "");
            if (!clean.isEmpty()) {
                words.add(clean);
            }
        }
        return words;
    }

    /** Each typed word with its synonyms, lower case. */
    List<Set<String>> alternatives(String text) {
        List<Set<String>> all = new ArrayList<>();
        for (String w : words(text)) {
            Set<String> alts = new LinkedHashSet<>();
            alts.add(lower(w));
            alts.addAll(synonyms.getOrDefault(key(w), List.of()));
            all.add(alts);
        }
        return all;
    }

    Query query(String text) {
        List<Set<String>> words = alternatives(text);
        if (words.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (Set<String> alts : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int options = 0;
            for (String alt : alts) {
                for (String language : List.of(Analyzers.DA, Analyzers.NO)) {
                    Analyzer analyzer = Analyzers.DA.equals(language) ? danish : norwegian;
                    List<String> tokens = tokens(analyzer, alt);
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    any.add(new BoostQuery(phrase(CaseFields.TITLE + language, tokens), TITLE_BOOST), Occur.SHOULD);
                    any.add(phrase(CaseFields.BODY + language, tokens), Occur.SHOULD);
                    options++;
                }
            }
            if (options > 0) {
                all.add(any.build(), Occur.MUST);
                clauses++;
            }
        }
        // a query of stop words alone ("og i") finds everything rather than nothing
        return clauses == 0 ? new MatchAllDocsQuery() : all.build();
    }

    /** The analysed forms of the words and their synonyms, per language, for highlighting. */
    Map<String, Set<String>> highlightTerms(String text) {
        Map<String, Set<String>> terms = Map.of(Analyzers.DA, new HashSet<>(), Analyzers.NO, new HashSet<>());
        for (Set<String> alts : alternatives(text)) {
            for (String alt : alts) {
                present(terms, Analyzers.DA).addAll(tokens(danish, alt));
                present(terms, Analyzers.NO).addAll(tokens(norwegian, alt));
            }
        }
        return terms;
    }

    private static Query phrase(String field, List<String> tokens) {
        return tokens.size() == 1 ? new TermQuery(new Term(field, tokens.getFirst()))
                : new PhraseQuery(field, tokens.toArray(String[]::new));
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static String lower(String w) {
        return w.strip().toLowerCase(Locale.ROOT);
    }
}

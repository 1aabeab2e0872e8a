package no.samspill.knowledgebase.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * Every text is indexed twice, once with Danish and once with Norwegian stemming, so that a Danish case is found by
 * Danish and Norwegian words alike; both first normalise the Scandinavian letters (ä to æ, ö to ø, aa to å), so that
 * the two spellings meet. Stop words of both languages are dropped.
 */
final class Analyzers {

    static final String DA = "_da";
    static final String NO = "_no";

    private Analyzers() {
    }

    /** The analyzer of one language: tokens, lower case, stop words, Scandinavian letters, the stemmer. */
    static Analyzer of(String language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stopWords());
                stream = new ScandinavianNormalizationFilter(stream);
                SnowballStemmer stemmer = DA.equals(language) ? new DanishStemmer() : new NorwegianStemmer();
                return new TokenStreamComponents(source, new SnowballFilter(stream, stemmer));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ScandinavianNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(DanishAnalyzer.getDefaultStopSet(), false);
        set.addAll(NorwegianAnalyzer.getDefaultStopSet());
        return set;
    }

    /** The analyzer for the index: a field ending in _da Danish, in _no Norwegian, every other one left whole. */
    static Analyzer forIndex(Analyzer danish, Analyzer norwegian) {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                CaseFields.TITLE + DA, danish, CaseFields.TITLE + NO, norwegian,
                CaseFields.BODY + DA, danish, CaseFields.BODY + NO, norwegian));
    }
}

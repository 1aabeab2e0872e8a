package no.samspill.knowledgebase.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A more-like-this query: the text's words, analysed as the Danish fields are, weighted by tf-idf against the
 * index, the strongest few as optional terms. Written here rather than taken from lucene-queries, for one class.
 */
final class Likeness {

    private static final int MAX_TERMS = 25;

    private Likeness() {
    }

    static Query query(IndexReader reader, Analyzer analyzer, String text) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        for (String token : TextQueries.tokens(analyzer, text)) {
            frequencies.merge(token, 1, Integer::sum);
        }
        int docs = Math.max(1, reader.numDocs());
        Map<String, Double> weights = new HashMap<>();
        String field = CaseFields.BODY + Analyzers.DA;
        for (Map.Entry<String, Integer> e : frequencies.entrySet()) {
            int df = reader.docFreq(new Term(field, e.getKey()))
                    + reader.docFreq(new Term(CaseFields.TITLE + Analyzers.DA, e.getKey()));
            if (df > 0 && e.getKey().length() > 2) {
                weights.put(e.getKey(), e.getValue() * Math.log(1.0 + (double) docs / df));
            }
        }
        List<Map.Entry<String, Double>> strongest = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(MAX_TERMS)
                .toList();
        if (strongest.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> e : strongest) {
            b.add(new BoostQuery(new TermQuery(new Term(field, e.getKey())), e.getValue().floatValue()), Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(CaseFields.TITLE + Analyzers.DA, e.getKey())),
                    2 * e.getValue().floatValue()), Occur.SHOULD);
        }
        return b.build();
    }
}

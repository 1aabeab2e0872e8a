package no.samspill.knowledgebase.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts facet values over the documents a query matches, from the doc values (no stored field is read), for
 * several facet fields in one pass.
 */
final class FacetCounts {

    private FacetCounts() {
    }

    /** Per field, the count of each value among the matches. */
    static Map<String, Map<String, Long>> count(IndexSearcher searcher, Query query, List<String> fields)
            throws IOException {
        return searcher.search(query, new CollectorManager<Counter, Map<String, Map<String, Long>>>() {
            @Override
            public Counter newCollector() {
                return new Counter(fields);
            }

            @Override
            public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
                Map<String, Map<String, Long>> all = new HashMap<>();
                fields.forEach(f -> all.put(f, new HashMap<>()));
                counters.forEach(c -> c.counts.forEach((field, values) -> values.forEach((k, v) ->
                        all.computeIfAbsent(field, x -> new HashMap<>()).merge(k, v, Long::sum))));
                return all;
            }
        });
    }

    private static final class Counter extends SimpleCollector {

        private final List<String> fields;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final SortedSetDocValues[] values;
        private long[][] ords;

        Counter(List<String> fields) {
            this.fields = fields;
            this.values = new SortedSetDocValues[fields.size()];
            this.ords = new long[fields.size()][];
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.emptySortedSet();
                ords[i] = new long[0];
                counts.put(fields.get(i), new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < fields.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ords[i] = new long[(int) values[i].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                SortedSetDocValues v = values[i];
                if (v.advanceExact(doc)) {
                    for (int n = 0; n < v.docValueCount(); n++) {
                        ords[i][(int) v.nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        /** The segment's counts by ordinal become counts by value once per segment, not per document. */
        private void flush() throws IOException {
            for (int i = 0; i < fields.size(); i++) {
                Map<String, Long> into = counts.get(fields.get(i));
                for (int ord = 0; ord < ords[i].length; ord++) {
                    if (ords[i][ord] > 0 && into != null) {
                        into.merge(values[i].lookupOrd(ord).utf8ToString(), ords[i][ord], Long::sum);
                    }
                }
                ords[i] = new long[0];
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}

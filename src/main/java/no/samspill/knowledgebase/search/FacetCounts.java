package no.samspill.knowledgebase.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts a facet's values over the documents a query matches, from the doc values (no stored field is read). */
final class FacetCounts {

    private FacetCounts() {
    }

    static Map<String, Long> count(IndexSearcher searcher, Query query, String field) throws IOException {
        return searcher.search(query, new CollectorManager<Counter, Map<String, Long>>() {
            @Override
            public Counter newCollector() {
                return new Counter(field);
            }

            @Override
            public Map<String, Long> reduce(Collection<Counter> counters) {
                Map<String, Long> all = new HashMap<>();
                counters.forEach(c -> c.counts.forEach((k, v) -> all.merge(k, v, Long::sum)));
                return all;
            }
        });
    }

    private static final class Counter extends SimpleCollector {

        private final String field;
        private final Map<String, Long> counts = new HashMap<>();
        private SortedSetDocValues values = DocValues.emptySortedSet();
        private long[] ords = new long[0];

        Counter(String field) {
            this.field = field;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            values = DocValues.getSortedSet(context.reader(), field);
            ords = new long[(int) values.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    ords[(int) values.nextOrd()]++;
                }
            }
        }

        @Override
        public void finish() throws IOException {
            flush();
        }

        /** The segment's counts by ordinal become counts by value once per segment, not per document. */
        private void flush() throws IOException {
            for (int ord = 0; ord < ords.length; ord++) {
                if (ords[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), ords[ord], Long::sum);
                }
            }
            ords = new long[0];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}

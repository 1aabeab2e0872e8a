package no.samspill.knowledgebase.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseKind;
import no.samspill.knowledgebase.CaseQuery;
import no.samspill.knowledgebase.CaseRow;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.ProcurementForm;

/**
 * Search latency on 10,000 generated cases (words drawn from the real collection), every search with all six
 * facets counted, half of them narrowed by one or two facet values; and the time to rebuild the whole index. Issue
 * 15's goal: p95 at most 50 ms. Run: {@code ./mvnw -Pbench test-compile exec:java@search-benchmark}
 * ({@code -Dbench.cases=…}, {@code -Dbench.searches=…}).
 */
public final class SearchBenchmark {

    private static final List<String> REGIONS = List.of("Nordjylland", "Midtjylland", "Syddanmark", "Sjælland",
            "Hovedstaden", "Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord");
    private static final List<String> AREAS = List.of("Kliniske og patientrettede forbrugsvarer",
            "Medicotekniske kapitalvarer og klinisk inventar", "Øvrige varekøb", "IT", "Laboratorieudstyr",
            "Sundhedsydelser", "Øvrige serviceydelser", "Kliniske serviceydelser");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int cases = Integer.getInteger("bench.cases", 10_000);
        int searches = Integer.getInteger("bench.searches", 1_000);
        List<String> words = vocabulary();
        Random random = new Random(15);
        List<CaseDocument> docs = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            docs.add(generated(i + 1, words, random));
        }
        Path dir = Files.createTempDirectory("kb-bench-index");
        LuceneCaseSearch search = new LuceneCaseSearch(dir.toString());
        search.useSynonyms(List.of(List.of("kol", "kols"), List.of("sår", "sårbehandling")));
        long start = System.nanoTime();
        search.rebuild(docs);
        double rebuildMs = (System.nanoTime() - start) / 1e6;

        List<CaseQuery> queries = new ArrayList<>();
        for (int i = 0; i < searches; i++) {
            queries.add(query(words, random, i));
        }
        for (int i = 0; i < Math.min(200, searches); i++) {
            search.search(queries.get(i));
        }
        long[] times = new long[searches];
        long hits = 0;
        for (int i = 0; i < searches; i++) {
            long t = System.nanoTime();
            hits += search.search(queries.get(i)).total();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        search.close();
        System.out.printf(Locale.ROOT, "search benchmark: %d cases, %d searches (all 6 facets counted, half narrowed"
                + " by facet values), %d hits in all%n", cases, searches, hits);
        System.out.printf(Locale.ROOT, "  rebuild of the whole index: %.0f ms%n", rebuildMs);
        System.out.printf(Locale.ROOT, "  search latency: median %.1f ms, p95 %.1f ms, max %.1f ms (goal: p95 <= 50 ms)%n",
                times[searches / 2] / 1e6, times[(int) (searches * 0.95)] / 1e6, times[searches - 1] / 1e6);
    }

    private static CaseQuery query(List<String> words, Random random, int i) {
        String text = switch (i % 4) {
            case 0 -> "";
            case 1 -> words.get(random.nextInt(words.size()));
            default -> words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
        };
        Map<CaseFacet, Set<String>> filters = new EnumMap<>(CaseFacet.class);
        if (i % 2 == 0) {
            // one or two keywords (OR), as a reader ticks them
            filters.put(CaseFacet.KEYWORD, new java.util.HashSet<>(List.of(Keyword.values()[random.nextInt(11)].name(),
                    Keyword.values()[random.nextInt(11)].name())));
            if (i % 6 == 0) {
                filters.put(CaseFacet.REGION, Set.of(REGIONS.get(random.nextInt(REGIONS.size()))));
            }
        }
        return new CaseQuery(text, filters, i % 5 == 0 ? CaseQuery.Sort.YEAR : CaseQuery.Sort.RELEVANCE, 0, 20);
    }

    private static CaseDocument generated(long id, List<String> words, Random random) {
        Set<Keyword> keywords = EnumSet.noneOf(Keyword.class);
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
            keywords.add(Keyword.values()[random.nextInt(11)]);
        }
        CaseRow row = new CaseRow(id, (random.nextBoolean() ? "A" : "B") + (1 + random.nextInt(999)),
                REGIONS.get(random.nextInt(REGIONS.size())), text(words, random, 3 + random.nextInt(5)),
                AREAS.get(random.nextInt(AREAS.size())), keywords,
                ProcurementForm.values()[random.nextInt(ProcurementForm.values().length)],
                random.nextBoolean() ? CaseKind.INNOVATIVE_PROCUREMENT : CaseKind.INNOVATION_PARTNERSHIP,
                2012 + random.nextInt(14));
        return new CaseDocument(row, text(words, random, 60 + random.nextInt(80)), text(words, random, 25),
                text(words, random, 8), List.of(text(words, random, 2)), text(words, random, 20),
                text(words, random, 30), "");
    }

    private static String text(List<String> words, Random random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return b.toString();
    }

    /** The words of the real collection, five letters or longer, so that the texts read like cases. */
    private static List<String> vocabulary() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/demo/value-based-cases-da.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ");
            return Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 5)
                    .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        }
    }
}

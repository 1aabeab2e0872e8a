package no.samspill.knowledgebase.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseQuery;

/** A search as URL query parameters and back: q, sort, limit and one parameter per facet, repeated per value. */
final class SearchParameters {

    private static final int MAX_LIMIT = 500;
    private static final int MAX_VALUES = 50;

    private SearchParameters() {
    }

    static CaseQuery read(QueryParameters parameters, int page) {
        Map<String, List<String>> p = parameters.getParameters();
        String text = first(p, "q");
        CaseQuery.Sort sort = "year".equals(first(p, "sort")) ? CaseQuery.Sort.YEAR : CaseQuery.Sort.RELEVANCE;
        int limit = page;
        try {
            limit = Math.min(MAX_LIMIT, Math.max(page, Integer.parseInt(first(p, "limit"))));
        } catch (NumberFormatException e) {
            // no or a hand-made limit: the first page
        }
        Map<CaseFacet, Set<String>> filters = new EnumMap<>(CaseFacet.class);
        for (CaseFacet f : CaseFacet.values()) {
            Set<String> values = new LinkedHashSet<>(p.getOrDefault(f.parameter(), List.of()).stream()
                    .filter(v -> !v.isBlank()).limit(MAX_VALUES).toList());
            if (!values.isEmpty()) {
                filters.put(f, values);
            }
        }
        return new CaseQuery(text.length() > 200 ? text.substring(0, 200) : text, filters, sort, 0, limit);
    }

    static QueryParameters write(CaseQuery q, int page) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!q.text().isBlank()) {
            p.put("q", List.of(q.text()));
        }
        if (q.sort() == CaseQuery.Sort.YEAR) {
            p.put("sort", List.of("year"));
        }
        if (q.limit() > page) {
            p.put("limit", List.of(Integer.toString(q.limit())));
        }
        q.filters().forEach((f, values) -> p.put(f.parameter(), new ArrayList<>(values.stream().sorted().toList())));
        return new QueryParameters(p);
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst().strip();
    }
}

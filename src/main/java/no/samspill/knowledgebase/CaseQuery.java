package no.samspill.knowledgebase;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A search: the words typed, the chosen facet values, the order, and the page. */
public record CaseQuery(String text, Map<CaseFacet, Set<String>> filters, Sort sort, int offset, int limit) {

    public enum Sort {
        RELEVANCE, YEAR;

        public String labelKey() {
            return "kb.sort." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CaseQuery {
        EnumMap<CaseFacet, Set<String>> copy = new EnumMap<>(CaseFacet.class);
        filters.forEach((f, values) -> {
            if (!values.isEmpty()) {
                copy.put(f, Set.copyOf(values));
            }
        });
        filters = java.util.Collections.unmodifiableMap(copy);
    }

    public static CaseQuery of(String text) {
        return new CaseQuery(text, Map.of(), Sort.RELEVANCE, 0, 20);
    }

    public Set<String> values(CaseFacet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** Highlighting marks these parts of a text: plain text, or a matched word. */
    public record Part(String text, boolean match) {
    }

    /** One hit: the case's row and its highlighted title and excerpt. */
    public record Hit(CaseRow row, List<Part> title, List<Part> excerpt, float score) {
    }

    /** A facet value with the hits it would have; a zero-hit value still shows (greyed). */
    public record FacetValue(String value, long count, boolean selected) {
    }

    /** A page of hits, how many there are in all, and every facet's values with counts. */
    public record Result(List<Hit> hits, long total, Map<CaseFacet, List<FacetValue>> facets) {
    }
}

package no.samspill.knowledgebase.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.knowledgebase.CaseFacet;
import no.samspill.knowledgebase.CaseKind;
import no.samspill.knowledgebase.CaseQuery;
import no.samspill.knowledgebase.CaseQuery.FacetValue;
import no.samspill.knowledgebase.CaseRow;
import no.samspill.knowledgebase.Keyword;
import no.samspill.knowledgebase.ProcurementForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The index alone, on four known cases: facet logic, zero values, order, stemming across the two languages. */
class LuceneCaseSearchTest {

    private LuceneCaseSearch search;

    @BeforeEach
    void index() throws Exception {
        Path dir = Files.createTempDirectory("kb-index-test");
        search = new LuceneCaseSearch(dir.toString());
        search.rebuild(List.of(
                doc(1, "Nord", 2019, "Sårbehandling i hjemmet", Set.of(Keyword.A, Keyword.E)),
                doc(2, "Nord", 2021, "TAVI-hjerteklapper", Set.of(Keyword.A)),
                doc(3, "Syd", 2023, "Trykfordelende madrasser", Set.of(Keyword.H, Keyword.I)),
                doc(4, "Syd", 2020, "Hjemmemonitorering af KOL-patienter", Set.of(Keyword.E))));
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void or_inside_a_facet_and_across_facets_with_zero_values_kept() {
        CaseQuery.Result aOrH = search.search(query(Map.of(CaseFacet.KEYWORD, Set.of("A", "H"))));
        assertThat(ids(aOrH)).containsExactlyInAnyOrder(1L, 2L, 3L);
        // the keyword facet's own counts ignore its choice; the region facet's apply it
        assertThat(count(aOrH, CaseFacet.KEYWORD, "E")).isEqualTo(2);
        assertThat(count(aOrH, CaseFacet.REGION, "Syd")).isEqualTo(1);
        CaseQuery.Result aInSyd = search.search(query(Map.of(CaseFacet.KEYWORD, Set.of("A"),
                CaseFacet.REGION, Set.of("Syd"))));
        assertThat(aInSyd.total()).isZero();
        assertThat(aInSyd.facets().get(CaseFacet.REGION)).extracting(FacetValue::value, FacetValue::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nord", 2L),
                        org.assertj.core.groups.Tuple.tuple("Syd", 0L));
        assertThat(aInSyd.facets().get(CaseFacet.KEYWORD)).extracting(FacetValue::value)
                .containsExactly("A", "E", "H", "I");
        assertThat(count(aInSyd, CaseFacet.KEYWORD, "H")).isEqualTo(1);
        assertThat(aInSyd.facets().get(CaseFacet.YEAR)).extracting(FacetValue::value)
                .containsExactly("2023", "2021", "2020", "2019");
    }

    @Test
    void words_meet_through_stemming_normalisation_and_synonyms_and_order_by_year() {
        assertThat(ids(search.search(CaseQuery.of("hjerteklap")))).containsExactly(2L);
        assertThat(ids(search.search(CaseQuery.of("saarbehandling")))).containsExactly(1L);
        assertThat(ids(search.search(CaseQuery.of("sår")))).isEmpty();
        search.useSynonyms(List.of(List.of("sår", "sårbehandling")));
        assertThat(ids(search.search(CaseQuery.of("sår")))).containsExactly(1L);
        assertThat(search.search(new CaseQuery("", Map.of(), CaseQuery.Sort.YEAR, 0, 10)).hits())
                .extracting(h -> h.row().year()).containsExactly(2023, 2021, 2020, 2019);
        assertThat(search.indexedIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        search.remove(3);
        assertThat(search.search(CaseQuery.of("")).total()).isEqualTo(3);
    }

    private static CaseDocument doc(long id, String region, int year, String title, Set<Keyword> keywords) {
        Set<Keyword> k = keywords.isEmpty() ? EnumSet.noneOf(Keyword.class) : EnumSet.copyOf(keywords);
        return new CaseDocument(new CaseRow(id, "A" + id, region, title, "Område", k, ProcurementForm.OPEN,
                CaseKind.INNOVATIVE_PROCUREMENT, year), "", "", "", List.of(), "", "", "");
    }

    private static CaseQuery query(Map<CaseFacet, Set<String>> filters) {
        return new CaseQuery("", filters, CaseQuery.Sort.RELEVANCE, 0, 20);
    }

    private static List<Long> ids(CaseQuery.Result r) {
        return r.hits().stream().map(h -> h.row().id()).toList();
    }

    private static long count(CaseQuery.Result r, CaseFacet f, String value) {
        return r.facets().get(f).stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count)
                .findFirst().orElse(-1);
    }
}

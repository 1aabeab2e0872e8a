package no.samspill.knowledgebase;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.knowledgebase.CaseQuery.FacetValue;
import no.samspill.knowledgebase.CaseQuery.Hit;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search over the published cases: languages, synonyms, facets, order, highlighting, and what it leaves out. */
@SamspillSpringTest
class KnowledgeSearchTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(500);

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    SearchAdminService admin;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void stemming_finds_tavi_hjerteklapper_by_hjerteklap_and_marks_the_word() {
        users.login(TestUsers.GE_USER);
        CaseQuery.Result result = knowledge.search(CaseQuery.of("hjerteklap"));
        Hit a4 = result.hits().stream().filter(h -> h.row().code().equals("A4")).findFirst().orElseThrow();
        assertThat(a4.row().title()).isEqualTo("TAVI-hjerteklapper");
        assertThat(a4.title()).contains(new CaseQuery.Part("hjerteklapper", true));
        assertThat(a4.title()).contains(new CaseQuery.Part("TAVI-", false));
        assertThat(knowledge.search(CaseQuery.of("hjerteklap")).hits().getFirst().row().code()).isEqualTo("A4");
    }

    @Test
    void scandinavian_spellings_meet_across_the_languages() {
        users.login(TestUsers.HSO_LEAD);
        List<Long> danish = ids(knowledge.search(CaseQuery.of("kortere forløb")));
        assertThat(danish).isNotEmpty();
        assertThat(ids(knowledge.search(CaseQuery.of("kortere forlöb")))).isEqualTo(danish);
        List<Long> aa = ids(knowledge.search(CaseQuery.of("saarbehandling")));
        assertThat(aa).isNotEmpty().isEqualTo(ids(knowledge.search(CaseQuery.of("sårbehandling"))));
        // Norwegian "pasientene" and Danish "patienterne" are other words; a shared stem is what meets
        assertThat(ids(knowledge.search(CaseQuery.of("behandlingen")))).isNotEmpty();
    }

    @Test
    void synonyms_from_the_admin_apply_at_once_and_the_seeded_ones_are_there() {
        users.login(TestUsers.PLATFORM_ADMIN);
        String before = admin.synonyms();
        assertThat(before).contains("kol, kols").contains("sår, sårbehandling");
        users.login(TestUsers.HSO_LEAD);
        assertThat(knowledge.search(CaseQuery.of("zqxv")).total()).isZero();
        String word = "zz" + UUID.randomUUID().toString().substring(0, 8);
        CaseContent c = content(word, 2022);
        CaseDetails draft = knowledge.create(new CaseContent(c.region(), c.code(), c.title(), c.area(),
                "Pasienter med kols får sårbehandling hjemme.", "", c.keywords(), c.procurementText(), null,
                List.of(), "", "", 2022, c.kind()));
        knowledge.publish(draft.id(), draft.version());
        // "sår" is no stem of "sårbehandling": only the synonym finds it; "KOL" finds "kols"
        assertThat(ids(knowledge.search(CaseQuery.of("sår " + word)))).containsExactly(draft.id());
        assertThat(ids(knowledge.search(CaseQuery.of("KOL " + word)))).containsExactly(draft.id());
        assertThat(knowledge.search(CaseQuery.of("hjemmebehandling " + word)).total()).isZero();
        users.login(TestUsers.PLATFORM_ADMIN);
        try {
            admin.saveSynonyms(before + "\nzqxv = hjerteklap");
            users.login(TestUsers.HSO_LEAD);
            assertThat(codes(knowledge.search(CaseQuery.of("zqxv")))).contains("A4");
        } finally {
            users.login(TestUsers.PLATFORM_ADMIN);
            admin.saveSynonyms(before);
        }
        users.login(TestUsers.HSO_LEAD);
        assertThat(knowledge.search(CaseQuery.of("zqxv")).total()).isZero();
        assertThatThrownBy(() -> admin.saveSynonyms("kol")).isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.PLATFORM_ADMIN);
        assertThatThrownBy(() -> admin.saveSynonyms("bare-ett-ord")).hasMessageContaining("kb.synonyms.error.line");
    }

    @Test
    void facet_values_combine_with_or_inside_a_facet_and_with_and_across_facets() {
        users.login(TestUsers.MEDTRONIC_USER);
        CaseQuery.Result all = knowledge.search(CaseQuery.of(""));
        assertThat(all.total()).isEqualTo(published(""));
        assertThat(count(all, CaseFacet.KEYWORD, "A")).isEqualTo(published(" and exists (select 1 from"
                + " kb_case_keyword k where k.case_id = c.id and k.keyword = 'A')"));

        CaseQuery.Result aOrK = knowledge.search(query(Map.of(CaseFacet.KEYWORD, Set.of("A", "K"))));
        assertThat(aOrK.total()).isEqualTo(published(" and exists (select 1 from kb_case_keyword k"
                + " where k.case_id = c.id and k.keyword in ('A', 'K'))"));
        // the chosen facet's own counts stay those without its choice, so that one can add a value
        assertThat(count(aOrK, CaseFacet.KEYWORD, "B")).isEqualTo(count(all, CaseFacet.KEYWORD, "B"));

        CaseQuery.Result aInHovedstaden = knowledge.search(query(Map.of(CaseFacet.KEYWORD, Set.of("A"),
                CaseFacet.REGION, Set.of("Hovedstaden"))));
        long expected = published(" and c.region = 'Hovedstaden' and exists (select 1 from kb_case_keyword k"
                + " where k.case_id = c.id and k.keyword = 'A')");
        assertThat(aInHovedstaden.total()).isEqualTo(expected).isGreaterThan(0).isLessThan(aOrK.total());
        assertThat(count(aInHovedstaden, CaseFacet.REGION, "Hovedstaden")).isEqualTo(expected);

        // a value without hits stays in the list with 0 (shown greyed), and a chosen one is marked
        CaseQuery.Result j = knowledge.search(query(Map.of(CaseFacet.KEYWORD, Set.of("J"))));
        assertThat(j.facets().get(CaseFacet.REGION)).extracting(FacetValue::value)
                .containsAll(all.facets().get(CaseFacet.REGION).stream().map(FacetValue::value).toList());
        assertThat(j.facets().get(CaseFacet.REGION)).anySatisfy(v -> assertThat(v.count()).isZero());
        assertThat(j.facets().get(CaseFacet.KEYWORD)).filteredOn(FacetValue::selected).extracting(FacetValue::value)
                .containsExactly("J");
        assertThat(all.facets().get(CaseFacet.KIND)).extracting(FacetValue::value)
                .containsExactlyInAnyOrder("INNOVATIVE_PROCUREMENT", "INNOVATION_PARTNERSHIP");
    }

    @Test
    void drafts_stay_out_of_the_index_published_cases_come_in_and_the_year_orders_them() {
        String word = "zz" + UUID.randomUUID().toString().substring(0, 8);
        users.login(TestUsers.HSO_LEAD);
        CaseDetails older = knowledge.create(content(word, 2019));
        CaseDetails newer = knowledge.create(content(word, 2023));
        assertThat(knowledge.search(CaseQuery.of(word)).total()).isZero();
        knowledge.publish(older.id(), older.version());
        CaseDetails published = knowledge.publish(newer.id(), newer.version());
        CaseQuery byYear = new CaseQuery(word, Map.of(), CaseQuery.Sort.YEAR, 0, 20);
        assertThat(knowledge.search(byYear).hits()).extracting(h -> h.row().year()).containsExactly(2023, 2019);
        assertThat(knowledge.search(new CaseQuery(word, Map.of(CaseFacet.YEAR, Set.of("2019")),
                CaseQuery.Sort.RELEVANCE, 0, 20)).hits()).extracting(h -> h.row().id()).containsExactly(older.id());
        knowledge.withdraw(newer.id(), published.version());
        assertThat(ids(knowledge.search(CaseQuery.of(word)))).containsExactly(older.id());

        users.login(TestUsers.PLATFORM_ADMIN);
        long total = knowledge.search(CaseQuery.of("")).total();
        assertThat(admin.rebuildIndex()).isEqualTo((int) total);
        assertThat(knowledge.search(CaseQuery.of(word)).total()).isEqualTo(1);
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> admin.rebuildIndex()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_project_finds_the_cases_most_like_it() {
        users.login(TestUsers.HSO_LEAD);
        List<CaseRow> like = knowledge.similar("Anskaffelse av TAVI hjerteklapper med kvalitetsmonitorering", 5);
        assertThat(like).isNotEmpty();
        assertThat(like.getFirst().code()).isEqualTo("A4");
    }

    private CaseContent content(String word, int year) {
        return new CaseContent("Helse Sør-Øst", "B" + NUMBERS.getAndIncrement(), "Sak om " + word,
                "Medisinsk utstyr", "Beskrivelse med " + word + ".", "", Set.of(Keyword.D), "OPI", null, List.of(),
                "", "", year, CaseKind.INNOVATION_PARTNERSHIP);
    }

    private static CaseQuery query(Map<CaseFacet, Set<String>> filters) {
        return new CaseQuery("", filters, CaseQuery.Sort.RELEVANCE, 0, 20);
    }

    private long published(String where) {
        return jdbc.queryForObject("select count(*) from kb_case c where c.status = 'PUBLISHED'" + where, Long.class);
    }

    private static long count(CaseQuery.Result result, CaseFacet facet, String value) {
        return result.facets().get(facet).stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count)
                .findFirst().orElse(-1);
    }

    private static List<Long> ids(CaseQuery.Result result) {
        return result.hits().stream().map(h -> h.row().id()).sorted().toList();
    }

    private static List<String> codes(CaseQuery.Result result) {
        return result.hits().stream().map(h -> h.row().code()).toList();
    }
}

package no.samspill.knowledgebase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's reading and checks, on excerpts of the real collection (seed 004) and on the whole file. */
class CaseFileParserTest {

    /** Lines 38–62 of the real file, shortened: the index's start and the first case, labels in {@code <i>}. */
    private static final String A1 = """
            Innovative indkøb

            - A1. Tværoffentligt udbud af sårprodukter
            - A2. Telemedicinsk udstyr til hjemmebehandling
            - A3. Regionslager og logistikydelser

            Region\tNordjylland
            <i>Titel på case</i>\t<i>Tværoffentligt udbud af sårprodukter</i>
            <i>Område</i>\tKliniske og patientrettede forbrugsvarer
            <i>Kort beskrivelse</i>\tUdbuddet omhandler produkter indenfor sår-, plastre- og fikseringsområdet.
            <i>Værdiskabende elementer</i>\tMere sammenhængende behandlingsforløb.
            <i>Nøgleord</i>\tTværasektoriel sammenhæng Behandlingskvalitet Lighed i sundhed
            <i>Udbudsform</i>\tEU-udbud med visse funktionskrav
            <i>Virksomhed(er)</i>\t
            <i>Udfordringer</i>\tUdbuddet har udfordret nuværende forskelligheder.
            <i>Resultater og effekter</i>\tBedre priser, hvor der samlet er opnået 23 pct. ift. tidligere priser.

            Region\tNordjylland
            Titel på case\tTelemedicinsk udstyr til hjemmebehandling
            Område\tKliniske og patientrettede forbrugsvarer
            Kort beskrivelse\t<p>Udbuddet omfatter saturationsmåler til borgere med svær KOL.</p> <p>For borgere med hjertesvigt er der en større variation i alder.</p>
            Værdiskabende elementer\tBorgerne sikres sammenhæng.
            Nøgleord\t<p>Behandlingskvalitet</p> <p>Patientoutcome</p> <p>Lighed i sundhed</p> <p>Tværasektoriel sammenhæng</p> <p>TCO</p>
            Udbudsform\tEU-udbud med optionsmulighed for RSD, RSJ og RH.
            Virksomhed(er)\t
            Udfordringer\t
            Resultater og effekter\t

            Region\tMidtjylland
            <i>Titel på case</i>\t<i>Regionslager og logistik-ydelser</i>
            <i>Område</i>\tØvrige serviceydelser
            <i>Kort beskrivelse</i>\tUdbuddet omfatter etableringen af et regionslager.
            <i>Værdiskabende elementer</i>\tOptimering af den samlede forsyningskæde.
            <i>Nøgleord</i>\tTCO Grønne elementer
            <i>Udbudsform</i>\tKonkurrencepræget dialog med visse funktionskrav.
            <i>Virksomhed(er)</i>\tDKI logistics
            <i>Udfordringer</i>\tDer skal indføres nye arbejdsgange
            <i>Resultater og effekter</i>\t
            """;

    @Test
    void labels_with_and_without_markup_and_codes_from_the_index_order() {
        List<ParsedCase> cases = CaseChecks.read(A1);
        assertThat(cases).extracting(c -> c.content().code()).containsExactly("A1", "A2", "A3");
        CaseContent a1 = cases.getFirst().content();
        assertThat(a1.title()).isEqualTo("Tværoffentligt udbud af sårprodukter");
        assertThat(a1.region()).isEqualTo("Nordjylland");
        assertThat(a1.kind()).isEqualTo(CaseKind.INNOVATIVE_PROCUREMENT);
        assertThat(a1.formOrClassified()).isEqualTo(ProcurementForm.OPEN);
        assertThat(a1.results()).contains("23 pct.");
        assertThat(a1.companies()).isEmpty();
        assertThat(cases).allMatch(ParsedCase::valid);
    }

    @Test
    void keywords_as_free_text_with_the_typo_and_in_paragraphs_match_by_the_alias_dictionary() {
        List<ParsedCase> cases = CaseChecks.read(A1);
        assertThat(cases.get(0).content().keywords()).containsExactlyInAnyOrder(Keyword.F, Keyword.A, Keyword.G);
        assertThat(cases.get(1).content().keywords())
                .containsExactlyInAnyOrder(Keyword.A, Keyword.B, Keyword.G, Keyword.F, Keyword.I);
        assertThat(cases.get(2).content().keywords()).containsExactlyInAnyOrder(Keyword.I, Keyword.K);
    }

    @Test
    void split_words_long_forms_and_trailing_full_stops_take_the_longest_alias() {
        assertThat(KeywordAliases.read("<p>Kortere forløb</p> <p>TCO</p> <p>Arbejds miljø</p>").keywords())
                .containsExactlyInAnyOrder(Keyword.D, Keyword.I, Keyword.H);
        KeywordAliases.Reading longForms = KeywordAliases.read(HtmlText.clean("<p>Arbejdsmiljø</p> <p>TCO "
                + "(totaløkonomiske elementer)</p> <p>Variabel afregningsmodel (forskellige betalingsmekanismer, der "
                + "skal understøtte kvalitet og outcome)</p>"));
        assertThat(longForms.keywords()).containsExactlyInAnyOrder(Keyword.H, Keyword.I, Keyword.J);
        assertThat(longForms.unknown()).isEmpty();
        KeywordAliases.Reading stops = KeywordAliases.read(HtmlText.clean("<p>Behandlingskvalitet.</p> <p>Hurtig "
                + "behandling og/eller udredning.</p> <p>Kortere forløb.</p>"));
        assertThat(stops.keywords()).containsExactlyInAnyOrder(Keyword.A, Keyword.C, Keyword.D);
        // "Hjemmebehandling, herunder virtuelle forløb" is one keyword, not E and then three unknown words
        KeywordAliases.Reading longest = KeywordAliases.read("Behandlingskvalitet Patientoutcome TCO "
                + "Hjemmebehandling, herunder virtuelle forløb");
        assertThat(longest.keywords()).containsExactlyInAnyOrder(Keyword.A, Keyword.B, Keyword.I, Keyword.E);
        assertThat(longest.unknown()).isEmpty();
    }

    @Test
    void an_unknown_keyword_keeps_its_case_out_and_the_others_in() {
        String text = A1.replace("TCO Grønne elementer", "TCO Grønne elementer Blå bølger");
        List<ParsedCase> cases = CaseChecks.read(text);
        ParsedCase a3 = cases.get(2);
        assertThat(a3.valid()).isFalse();
        assertThat(a3.problems()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("kb.import.error.keyword");
            assertThat(p.value()).isEqualTo("blå bølger");
            assertThat(p.caseCode()).isEqualTo("A3");
            assertThat(p.line()).isEqualTo(text.lines().toList().indexOf(text.lines()
                    .filter(l -> l.contains("Blå bølger")).findFirst().orElseThrow()) + 1);
        });
        assertThat(cases.get(0).valid()).isTrue();
        assertThat(cases.get(1).valid()).isTrue();
    }

    @Test
    void an_index_title_that_differs_is_a_warning_and_the_code_still_comes_from_the_order() {
        ParsedCase a3 = CaseChecks.read(A1).get(2);
        assertThat(a3.content().code()).isEqualTo("A3");
        assertThat(a3.valid()).isTrue();
        assertThat(a3.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(ImportProblem.Severity.WARNING);
            assertThat(p.messageKey()).isEqualTo("kb.import.warning.title-differs");
            assertThat(p.value()).isEqualTo("Regionslager og logistikydelser");
        });
    }

    @Test
    void html_paragraphs_and_lists_become_clean_text() {
        assertThat(CaseChecks.read(A1).get(1).content().shortDescription()).isEqualTo(
                "Udbuddet omfatter saturationsmåler til borgere med svær KOL.\n\n"
                        + "For borgere med hjertesvigt er der en større variation i alder.");
        // A9: a list written with dashes inside a ul without li; B2: a list with bullets
        assertThat(HtmlText.clean("<p>Region Sjælland har indbygget dette i flg. udbud:</p> <ul style=\"list-style-type: "
                + "none\"> - Endoskopi-udbuddene (forbrugsvarer til endoskopi) - Sårbehandlingsprodukter - Produkter "
                + "til blodprøvetagning (sommerfugle)")).isEqualTo("Region Sjælland har indbygget dette i flg. udbud:\n\n"
                + "• Endoskopi-udbuddene (forbrugsvarer til endoskopi)\n• Sårbehandlingsprodukter\n"
                + "• Produkter til blodprøvetagning (sommerfugle)");
        assertThat(HtmlText.clean("<p>Regionen har udviklet andre apps:</p> <ul> • Ressource- og opgavestyringssystem"
                + " til ambulatorier • Mit Sygehus patient-app</ul>")).isEqualTo("Regionen har udviklet andre apps:\n\n"
                + "• Ressource- og opgavestyringssystem til ambulatorier\n• Mit Sygehus patient-app");
        assertThat(HtmlText.clean("<li>A &amp; B</li>")).isEqualTo("A & B");
    }

    /** Lines 243–253 (B4, "Resultatet og effekter", "Samarbejds-/udbudsform") of the real file, shortened. */
    @Test
    void the_partnership_labels_and_companies_are_read() {
        String b = """
                - B3. Psykiatriseng
                - B4. Optimering af udredning og patientforløb inden for nyrekræft

                Region\tSyddanmark
                Titel på case\tPsykiatriseng
                Nøgleord\tPatientoutcome Arbejdsmiljø TCO
                Samarbejds-/udbudsform\tBegrænset udbud med funktionskrav.
                Virksomhed(er)\tAgitek

                Region\tHovedstaden
                Titel på case\tOptimering af udredning og patientforløb inden for nyrekræft
                Nøgleord\tBehandlingskvalitet Patientoutcome TCO Hjemmebehandling, herunder virtuelle forløb
                Samarbejds-/udbudsform\tOPI samt indkøb under tærskelværdi
                Virksomhed(er)\tRoche Danmark A/S, QLife ApS, Journl A/S
                Resultatet og effekter\tProjektet belyser attraktiviteten.
                """;
        List<ParsedCase> cases = CaseChecks.read(b);
        assertThat(cases).allMatch(ParsedCase::valid);
        CaseContent b4 = cases.get(1).content();
        assertThat(b4.code()).isEqualTo("B4");
        assertThat(b4.kind()).isEqualTo(CaseKind.INNOVATION_PARTNERSHIP);
        assertThat(b4.formOrClassified()).isEqualTo(ProcurementForm.OPI);
        assertThat(b4.results()).isEqualTo("Projektet belyser attraktiviteten.");
        assertThat(b4.companies()).containsExactly("Roche Danmark A/S", "QLife ApS", "Journl A/S");
        assertThat(cases.get(0).content().formOrClassified()).isEqualTo(ProcurementForm.RESTRICTED);
        assertThat(CaseChecks.companies("Varian Medical Systems (ViewRay Inc. som underleverandør)"))
                .containsExactly("Varian Medical Systems (ViewRay Inc. som underleverandør)");
        assertThat(CaseChecks.companies("Toft Care, Pedersen Medical og Engredo"))
                .containsExactly("Toft Care", "Pedersen Medical", "Engredo");
    }

    @Test
    void bad_input_gets_a_message_per_case_and_line() {
        String bad = """
                - A1. En
                - A2. To
                - A3. Tre

                Region\tNordjylland
                Titel på case\t
                Nøgleord\tTCO

                Region\tNordjylland
                Titel på case\tMed skript
                Kort beskrivelse\t<script>alert(1)</script>
                Farve\tblå

                Region\tNordjylland
                Titel på case\t%s
                """.formatted("x".repeat(KnowledgeRules.TITLE_MAX + 1));
        List<ParsedCase> cases = CaseChecks.read(bad);
        assertThat(cases.get(0).problems()).extracting(ImportProblem::messageKey, ImportProblem::line)
                .contains(org.assertj.core.groups.Tuple.tuple("kb.import.error.title", 6));
        assertThat(cases.get(1).problems()).extracting(ImportProblem::messageKey, ImportProblem::line)
                .contains(org.assertj.core.groups.Tuple.tuple("kb.import.error.script", 11),
                        org.assertj.core.groups.Tuple.tuple("kb.import.error.label", 12));
        assertThat(cases.get(2).problems()).extracting(ImportProblem::messageKey)
                .contains("kb.import.error.title");
        assertThat(cases).noneMatch(ParsedCase::valid);
    }

    @Test
    void the_whole_real_file_reads_as_25_cases_without_errors_and_flags_b13_for_repeating_b8() throws IOException {
        List<ParsedCase> cases = CaseChecks.read(realFile());
        assertThat(cases).hasSize(25);
        assertThat(cases).extracting(c -> c.content().code()).containsExactly("A1", "A2", "A3", "A4", "A5", "A6",
                "A7", "A8", "A9", "A10", "A11", "A12", "A13", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B10",
                "B11", "B12", "B13");
        assertThat(cases.stream().flatMap(c -> c.problems().stream()).filter(ImportProblem::isError)).isEmpty();
        ParsedCase b13 = cases.getLast();
        assertThat(b13.problems()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("kb.import.warning.results-repeat");
            assertThat(p.value()).isEqualTo("B8");
        });
        assertThat(b13.reviewNote()).isEqualTo("kb.review.results-repeat|B8");
        assertThat(cases.stream().filter(c -> !c.reviewNote().isEmpty())).hasSize(1);
        CaseContent a12 = cases.get(11).content();
        assertThat(a12.companies()).containsExactly("Medtronic Danmark A/S");
        assertThat(a12.keywords()).isEqualTo(Set.of(Keyword.H, Keyword.I, Keyword.J));
        assertThat(cases.get(20).content().keywords()).contains(Keyword.A, Keyword.D, Keyword.I);
        assertThat(cases.stream().map(c -> c.content().shortDescription())).noneMatch(t -> t.contains("<"));
    }

    @Test
    void procurement_forms_of_the_real_file_map_to_controlled_values_and_eforms_codes() {
        assertThat(ProcurementForm.classify("Konkurrencepræget dialog med visse funktionskrav.").eformsCode())
                .isEqualTo("comp-dial");
        assertThat(ProcurementForm.classify("Udbud med forhandling Samt en forskningskontrakt. UBD §80"))
                .isEqualTo(ProcurementForm.NEGOTIATED);
        assertThat(ProcurementForm.classify("Indkøb under tærskelværdi, tæt samarbejde"))
                .isEqualTo(ProcurementForm.BELOW_THRESHOLD);
        assertThat(ProcurementForm.classify("OPI – indkøb under tærskelværdi")).isEqualTo(ProcurementForm.OPI);
        assertThat(ProcurementForm.classify("Procedurepakker bliver derfor indkøbt via et direkte køb"))
                .isEqualTo(ProcurementForm.DIRECT_AWARD);
        assertThat(ProcurementForm.classify("Projektet er et EU-støttet udviklingsprojekt"))
                .isEqualTo(ProcurementForm.OTHER);
        assertThat(ProcurementForm.classify("Offentligt udbud").eformsCode()).isEqualTo("open");
        assertThat(ProcurementForm.OPI.eformsCode()).isNull();
    }

    static String realFile() throws IOException {
        try (InputStream in = CaseFileParserTest.class.getResourceAsStream("/demo/value-based-cases-da.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package no.samspill.marketdialogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the publishing guard recognises a supplier's name in a text; plain logic, no Spring. */
class SupplierNameMatchTest {

    @Test
    void the_name_without_its_company_form_and_country_is_found_in_any_case() {
        SupplierNameMatch medtronic = SupplierNameMatch.of("Medtronic Danmark A/S");
        assertThat(medtronic.core()).isEqualTo("medtronic");
        assertThat(medtronic.foundIn("Kan medtronic's pumpe leies?")).isTrue();
        assertThat(medtronic.foundIn("MEDTRONIC spør om leie.")).isTrue();
        assertThat(medtronic.foundIn("Spørsmål fra Medtronic Danmark A/S.")).isTrue();
        assertThat(SupplierNameMatch.of("Medtronic").foundIn("medtronic lurer på noe")).isTrue();
    }

    @Test
    void only_whole_words_count() {
        SupplierNameMatch medtronic = SupplierNameMatch.of("Medtronic Norge AS");
        assertThat(medtronic.foundIn("En fotomedtronic-løsning")).isFalse();
        assertThat(medtronic.foundIn("Medtronicsystemer")).isFalse();
        assertThat(medtronic.foundIn("(Medtronic)")).isTrue();
    }

    @Test
    void the_genitive_s_does_not_hide_a_name() {
        assertThat(SupplierNameMatch.of("Medtronic Norge AS").foundIn("Medtronics pumper")).isTrue();
        assertThat(SupplierNameMatch.of("GE Healthcare").foundIn("GE Healthcares skannere")).isTrue();
    }

    @Test
    void accents_and_nordic_letters_do_not_hide_a_name() {
        assertThat(SupplierNameMatch.of("Sørensen Medical ApS").foundIn("sorensen medical har spurt")).isTrue();
        assertThat(SupplierNameMatch.of("Sorensen Medical").foundIn("SØRENSEN MEDICAL har spurt")).isTrue();
        assertThat(SupplierNameMatch.of("Siemens Healthineers AB").foundIn("siemens healthineers tilbyr"))
                .isTrue();
        assertThat(SupplierNameMatch.of("Læge Åberg Oy").foundIn("Laege Aberg svarte")).isTrue();
        assertThat(SupplierNameMatch.of("Müller GmbH").foundIn("Herr Muller fra firmaet")).isTrue();
    }

    @Test
    void several_trailing_forms_are_stripped_but_never_the_whole_name() {
        assertThat(SupplierNameMatch.of("Fresenius Kabi Nordic Holding AB").core()).isEqualTo("fresenius kabi");
        assertThat(SupplierNameMatch.of("Baxter Inc.").core()).isEqualTo("baxter");
        assertThat(SupplierNameMatch.of("B. Braun Medical S.A.").core()).isEqualTo("b braun medical");
        assertThat(SupplierNameMatch.of("Holding AS").core()).isEqualTo("holding");
        // a form inside the name is part of it
        assertThat(SupplierNameMatch.of("AB Medical Sweden").core()).isEqualTo("ab medical");
    }

    @Test
    void a_core_shorter_than_three_letters_counts_only_as_the_full_name() {
        SupplierNameMatch ge = SupplierNameMatch.of("GE AS");
        assertThat(ge.core()).isEqualTo("ge as");
        assertThat(ge.foundIn("general kirurgi")).isFalse();
        assertThat(ge.foundIn("Vi ge deg svar")).isFalse();
        assertThat(ge.foundIn("Fra GE AS kom et spørsmål")).isTrue();
        SupplierNameMatch healthcare = SupplierNameMatch.of("GE Healthcare");
        assertThat(healthcare.foundIn("Generelle spørsmål om healthcare")).isFalse();
        assertThat(healthcare.foundIn("GE Healthcare spør")).isTrue();
    }

    @Test
    void a_name_of_only_punctuation_is_found_nowhere() {
        assertThat(SupplierNameMatch.of(" - ").foundIn("Hva som helst")).isFalse();
    }
}

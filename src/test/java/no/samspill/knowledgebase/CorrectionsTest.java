package no.samspill.knowledgebase;

import java.nio.charset.StandardCharsets;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A company named in a case proposes a correction; the contributor decides; nobody else sees or decides. */
@SamspillSpringTest
class CorrectionsTest {

    @Autowired
    CorrectionService corrections;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeImportService imports;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void only_the_named_company_proposes_only_the_contributor_decides_and_an_accepted_text_replaces_the_case_text()
            throws Exception {
        long a12 = jdbc.queryForObject("select id from kb_case where region = 'Hovedstaden' and code = 'A12'",
                Long.class);
        try {
            users.login(TestUsers.GE_USER);
            assertThat(corrections.canPropose(a12)).isFalse();
            assertThatThrownBy(() -> corrections.propose(a12, Correction.Field.RESULTS, "Falsk", "Ingen grunn"))
                    .isInstanceOf(NotFoundException.class);
            users.login(TestUsers.HSO_LEAD);
            assertThat(corrections.canPropose(a12)).isFalse();

            users.login(TestUsers.MEDTRONIC_USER);
            assertThat(corrections.canPropose(a12)).isTrue();
            Correction first = corrections.propose(a12, Correction.Field.RESULTS, "Feil tall", "Prøver");
            assertThatThrownBy(() -> corrections.propose(a12, Correction.Field.RESULTS, "x", "")).hasMessageContaining(
                    "kb.correction.error.reason");
            users.login(TestUsers.GE_USER);
            assertThat(corrections.corrections(a12)).isEmpty();
            users.login(TestUsers.HSO_LEAD);
            assertThat(corrections.corrections(a12)).isEmpty();
            assertThatThrownBy(() -> corrections.accept(first.id(), first.version()))
                    .isInstanceOf(NotFoundException.class);

            users.login(TestUsers.RM_ADMIN);
            assertThat(corrections.corrections(a12)).extracting(Correction::supplierName).containsExactly("Medtronic");
            corrections.reject(first.id(), first.version(), "Tallet stemmer ikke");
            assertThatThrownBy(() -> corrections.accept(first.id(), first.version() + 1))
                    .hasMessageContaining("kb.correction.error.decided");

            users.login(TestUsers.MEDTRONIC_USER);
            Correction second = corrections.propose(a12, Correction.Field.RESULTS,
                    "Optimeret klinisk flow og vareflow; <b>kvartalsvis</b> opfølgning (zqcorrected).", "Præcisering");
            users.login(TestUsers.RM_ADMIN);
            corrections.accept(second.id(), second.version());
            assertThat(knowledge.caseOf(a12).content().results()).isEqualTo(
                    "Optimeret klinisk flow og vareflow; <b>kvartalsvis</b> opfølgning (zqcorrected).");
            assertThat(knowledge.search(CaseQuery.of("zqcorrected")).hits()).extracting(h -> h.row().id())
                    .containsExactly(a12);
            users.login(TestUsers.MEDTRONIC_USER);
            assertThat(corrections.corrections(a12)).extracting(Correction::status)
                    .containsExactly(Correction.Status.REJECTED, Correction.Status.ACCEPTED);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'KnowledgeCase'"
                    + " and entity_id = ? and action like 'kb.correction-%'", Long.class, String.valueOf(a12)))
                    .isEqualTo(4);
        } finally {
            // the seed's text back, for the other tests on this database
            users.login(TestUsers.RM_ADMIN);
            imports.importCases("cases.txt", CaseFileParserTest.realFile().getBytes(StandardCharsets.UTF_8), true);
        }
    }
}

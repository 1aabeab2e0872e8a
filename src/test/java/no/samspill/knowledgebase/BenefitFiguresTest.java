package no.samspill.knowledgebase;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Figures in the results become proposals; only confirmed ones reach readers; a rejected one stays rejected. */
@SamspillSpringTest
class BenefitFiguresTest {

    @Autowired
    BenefitService benefits;
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
    void the_figures_of_the_real_results_are_found_with_their_units() {
        assertThat(BenefitFigures.find("Bedre priser, hvor der samlet er opnået 23 pct. ift. tidligere priser. Den er"
                + " ligeligt fordelt mellem sektorerne.")).singleElement().satisfies(f -> {
                    assertThat(f.amount()).isEqualByComparingTo("23");
                    assertThat(f.unit()).isEqualTo(BenefitUnit.PERCENT);
                    assertThat(f.measures()).isEqualTo("Bedre priser, hvor der samlet er opnået 23 pct. ift. tidligere"
                            + " priser.");
                });
        assertThat(BenefitFigures.find("Stor indkøbsbesparelse på 266 mio. kr. sammenlignet med tidligere indkøb."))
                .extracting(BenefitFigures.Found::unit, f -> f.amount().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BenefitUnit.MILLION_DKK, 266));
        assertThat(BenefitFigures.find("et effektivt forsyningsled for 1.300 vareleverandører")).isEmpty();
        assertThat(BenefitFigures.find("2,5 mio. kr. og 1.300 kr.")).extracting(f -> f.amount().toPlainString())
                .containsExactly("2.5", "1300");
    }

    @Test
    void a_proposal_shows_as_a_fact_once_the_contributor_confirms_it_and_a_rejected_one_is_not_proposed_again()
            throws Exception {
        long a13 = jdbc.queryForObject("select id from kb_case where region = 'Hovedstaden' and code = 'A13'",
                Long.class);
        users.login(TestUsers.GE_USER);
        assertThat(benefits.figures(a13)).isEmpty();
        users.login(TestUsers.RM_ADMIN);
        BenefitFigure proposal = benefits.figures(a13).stream().filter(f -> f.sourceText().equals("266 mio. kr."))
                .findFirst().orElseThrow();
        assertThat(proposal.status()).isEqualTo(BenefitFigure.Status.PROPOSED);

        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> benefits.confirm(proposal.id(), proposal.version(), BigDecimal.TEN,
                BenefitUnit.PERCENT, "Kapret")).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.RM_ADMIN);
        assertThatThrownBy(() -> benefits.confirm(proposal.id(), proposal.version(), new BigDecimal("266"),
                BenefitUnit.MILLION_DKK, "x")).hasMessageContaining("kb.benefit.error.measures");
        benefits.confirm(proposal.id(), proposal.version(), new BigDecimal("266"), BenefitUnit.MILLION_DKK,
                "Indkøbsbesparelse mod tidligere indkøb i Danmark");
        users.login(TestUsers.GE_USER);
        assertThat(benefits.figures(a13)).singleElement().satisfies(f -> {
            assertThat(f.measures()).isEqualTo("Indkøbsbesparelse mod tidligere indkøb i Danmark");
            assertThat(f.unit()).isEqualTo(BenefitUnit.MILLION_DKK);
        });

        long a1 = jdbc.queryForObject("select id from kb_case where region = 'Nordjylland' and code = 'A1'",
                Long.class);
        users.login(TestUsers.RM_ADMIN);
        BenefitFigure pct = benefits.figures(a1).getFirst();
        benefits.reject(pct.id(), pct.version());
        imports.importCases("cases.txt", CaseFileParserTest.realFile().getBytes(StandardCharsets.UTF_8), true);
        assertThat(benefits.figures(a1)).extracting(BenefitFigure::status)
                .containsExactly(BenefitFigure.Status.REJECTED);
        users.login(TestUsers.GE_USER);
        assertThat(benefits.figures(a1)).isEqualTo(List.of());
    }
}

package no.samspill.portfolio;

import java.time.LocalDate;
import java.util.List;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.samspill.portfolio.PortfolioFixture.OWNER_TENANT;
import static no.samspill.portfolio.PortfolioFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class IntakeTest {

    @Autowired
    TestUsers users;

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    IntakeService intake;

    @Autowired
    ProposalMerger merger;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    TargetPictureService targets;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void proposals_rank_by_the_boards_weighted_score_with_the_mandatory_one_first_whatever_its_score() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        long a = propose(p, "Felles lydlogg");
        long b = propose(p, "Videoløsning for AMK");
        long c = propose(p, "Nytt radiosamband");
        long d = propose(p, "Uvurdert forslag");
        // benefit counts three times as much as the rest
        intake.weigh(p.portfolioId(), new CriteriaWeights(0, 3, 1, 1, 1));
        intake.score(a, null, new ScoreForm(5, 2, 2, 2, false, ""));
        intake.score(b, null, new ScoreForm(2, 5, 5, 5, false, ""));
        ProposalRow mandatory = intake.score(c, null, new ScoreForm(1, 1, 1, 1, true,
                "Forskrift om nødnett § 4: dagens samband fases ut"));
        assertThat(mandatory.rank()).isEqualTo(1);

        List<ProposalRow> ranked = intake.intake(p.portfolioId()).proposals();
        assertThat(ranked).extracting(ProposalRow::initiativeId).containsExactly(c, a, b, d);
        assertThat(ranked).extracting(ProposalRow::rank).containsExactly(1, 2, 3, 4);
        // (3·5 + 2 + 2 + 2) / 6 = 3.5 and (3·2 + 5 + 5 + 5) / 6 = 3.5: a tie goes by name
        assertThat(ranked.get(1).weighted()).isEqualTo(3.5);
        assertThat(ranked.get(0).mandatoryBasis()).contains("Forskrift om nødnett");
        assertThat(ranked.get(3).scored()).isFalse();

        // the board changes its weights: the ranking follows, the mandatory one stays first
        CriteriaWeights w = intake.intake(p.portfolioId()).weights();
        intake.weigh(p.portfolioId(), new CriteriaWeights(w.version(), 1, 3, 3, 3));
        assertThat(intake.intake(p.portfolioId()).proposals()).extracting(ProposalRow::initiativeId)
                .containsExactly(c, b, a, d);
        assertThatThrownBy(() -> intake.weigh(p.portfolioId(), new CriteriaWeights(w.version(), 1, 1, 1, 1)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_score_out_of_range_a_mandatory_flag_without_its_duty_and_a_stale_score_are_refused_with_messages() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        long a = propose(p, "Felles lydlogg");
        assertThatThrownBy(() -> intake.score(a, null, new ScoreForm(6, 3, 3, 3, false, "")))
                .hasMessageContaining("portfolio.intake.error.score.BENEFIT");
        assertThatThrownBy(() -> intake.score(a, null, new ScoreForm(3, 0, 3, 3, false, "")))
                .hasMessageContaining("portfolio.intake.error.score.COST");
        assertThatThrownBy(() -> intake.score(a, null, new ScoreForm(3, 3, null, 3, false, "")))
                .hasMessageContaining("portfolio.intake.error.score.RISK");
        assertThatThrownBy(() -> intake.score(a, null, new ScoreForm(3, 3, 3, 3, true, " ")))
                .hasMessageContaining("portfolio.intake.error.basis");
        assertThatThrownBy(() -> intake.weigh(p.portfolioId(), new CriteriaWeights(0, 11, 1, 1, 1)))
                .hasMessageContaining("portfolio.intake.error.weight.BENEFIT");
        assertThatThrownBy(() -> intake.weigh(p.portfolioId(), new CriteriaWeights(0, 0, 0, 0, 0)))
                .hasMessageContaining("portfolio.intake.error.weights-zero");
        assertThat(intake.intake(p.portfolioId()).proposals().getFirst().scored()).isFalse();

        ProposalRow first = intake.score(a, null, new ScoreForm(3, 3, 3, 3, false, ""));
        intake.score(a, first.scoreVersion(), new ScoreForm(4, 3, 3, 3, false, ""));
        // a second secretary saving on the first read, or as if nothing were scored yet
        assertThatThrownBy(() -> intake.score(a, first.scoreVersion(), new ScoreForm(1, 1, 1, 1, false, "")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> intake.score(a, null, new ScoreForm(1, 1, 1, 1, false, "")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(intake.intake(p.portfolioId()).proposals().getFirst().benefit()).isEqualTo(4);
        assertThatThrownBy(() -> intake.propose(p.portfolioId(), new ProposalForm("Uten periode", "", null, null,
                null))).hasMessageContaining("portfolio.intake.error.period");
        assertThatThrownBy(() -> intake.propose(p.portfolioId(), form("Felles lydlogg")))
                .hasMessageContaining("portfolio.error.name-taken");
    }

    @Test
    void merging_overlapping_proposals_keeps_both_histories_and_a_proposal_is_not_merged_with_itself() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        TargetTree t = targets.draft(p.portfolioId(), "Målbilde");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Kommunikasjon", "");
        t = targets.addGoal(t.version().id(), t.version().version(), t.goals().getFirst().key(), "Lydlogg", "");
        t = targets.addGoal(t.version().id(), t.version().version(), t.goals().getFirst().key(), "Video", "");
        String log = t.goals().get(1).key();
        String video = t.goals().get(2).key();
        long a = propose(p, "Lydlogg Sør-Øst");
        long b = propose(p, "Nasjonal lydlogg");
        initiatives.linkGoal(a, log, Weight.HIGH, "Felles logg for AMK");
        initiatives.linkGoal(a, video, Weight.LOW, "Video i samme løsning");
        initiatives.linkGoal(b, log, Weight.MEDIUM, "Nasjonal avtale");
        initiatives.report(a, LocalDate.now(), StatusColour.YELLOW, "Venter på avklaring", "");
        ProposalRow from = row(p, a);
        ProposalRow into = row(p, b);

        assertThatThrownBy(() -> merger.merge(a, from.version(), a, from.version()))
                .hasMessageContaining("portfolio.intake.error.merge-self");
        assertThatThrownBy(() -> merger.merge(a, from.version() + 1, b, into.version()))
                .isInstanceOf(ConcurrentEditException.class);
        MergeRow merged = merger.merge(a, from.version(), b, into.version());
        assertThat(merged.intoName()).isEqualTo("Nasjonal lydlogg");

        // the merged one stopped with its own history intact; the survivor has its own link plus the one it lacked
        InitiativeDetails gone = initiatives.details(a);
        assertThat(gone.phase()).isEqualTo(InitiativePhase.STOPPED);
        assertThat(gone.statuses()).extracting(StatusRow::reason).containsExactly("Venter på avklaring");
        assertThat(gone.links()).hasSize(2);
        InitiativeDetails kept = initiatives.details(b);
        assertThat(kept.links()).extracting(GoalLinkRow::goalKey).containsExactly(log, video);
        assertThat(kept.links().getFirst().weight()).isEqualTo(Weight.MEDIUM);
        assertThat(intake.intake(p.portfolioId()).proposals()).extracting(ProposalRow::initiativeId)
                .containsExactly(b);
        assertThat(intake.intake(p.portfolioId()).merges()).containsExactly(merged);
        // a stopped proposal cannot be merged again
        assertThatThrownBy(() -> merger.merge(a, gone.version(), b, kept.version()))
                .hasMessageContaining("portfolio.intake.error.not-proposal");
    }

    private long propose(PortfolioFixture.Made p, String name) {
        return intake.propose(p.portfolioId(), form(name)).initiativeId();
    }

    static ProposalForm form(String name) {
        return new ProposalForm(name, "Kari Nordmann", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null);
    }

    private ProposalRow row(PortfolioFixture.Made p, long id) {
        return intake.intake(p.portfolioId()).proposals().stream().filter(r -> r.initiativeId() == id).findFirst()
                .orElseThrow();
    }
}

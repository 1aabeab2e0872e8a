package no.samspill.portfolio;

import java.util.List;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.samspill.portfolio.PortfolioFixture.INVITED;
import static no.samspill.portfolio.PortfolioFixture.OTHER;
import static no.samspill.portfolio.PortfolioFixture.OWNER_TENANT;
import static no.samspill.portfolio.PortfolioFixture.SECRETARY;
import static no.samspill.portfolio.PortfolioFixture.SUPPLIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may propose, score, merge and send to the board: the owner tenant's board, the invited tenant, outsiders. */
@SamspillSpringTest
class IntakeAccessTest {

    @Autowired
    TestUsers users;

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    IntakeService intake;

    @Autowired
    ProposalMerger merger;

    @Autowired
    BoardReferrals referrals;

    @Autowired
    TargetPictureService targets;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_invited_tenant_proposes_for_itself_and_reads_the_ranking_but_does_not_score_merge_or_send() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        long office = intake.propose(p.portfolioId(), IntakeTest.form("Felles lydlogg")).initiativeId();
        TargetTree draft = targets.addGoal(targets.draft(p.portfolioId(), "Utkast").version().id(), 0, null,
                "Kommunikasjon", "");
        board.meetingToday(p.boardId());
        users.login(INVITED);
        ProposalRow own = intake.propose(p.portfolioId(), IntakeTest.form("KAK-utvidelse"));
        assertThat(own.ownerName()).isEqualTo("Sykehusinnkjøp HF");
        Intake seen = intake.intake(p.portfolioId());
        assertThat(seen.manages()).isFalse();
        assertThat(seen.proposals()).extracting(ProposalRow::name).contains("Felles lydlogg", "KAK-utvidelse");
        assertThatThrownBy(() -> intake.score(own.initiativeId(), null, new ScoreForm(5, 5, 5, 5, false, "")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> intake.weigh(p.portfolioId(), new CriteriaWeights(0, 9, 1, 1, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> merger.merge(own.initiativeId(), own.version(), office, 0))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.sendProposal(own.initiativeId(), own.version(), board.nb()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.sendTarget(draft.version().id(), draft.version().version(),
                board.nb())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.nextMeeting(p.portfolioId())).isInstanceOf(ForbiddenException.class);
        assertThat(referrals.history(p.portfolioId(), ReferralSubject.INITIATIVE)).isEmpty();
        // the owner tenant's board scores the invited tenant's proposal
        users.login(SECRETARY, OWNER_TENANT);
        assertThat(intake.score(own.initiativeId(), null, new ScoreForm(5, 5, 5, 5, false, "")).rank())
                .isEqualTo(1);
    }

    @Test
    void a_tenant_not_invited_a_supplier_and_owner_staff_off_the_board_get_not_found_for_every_operation() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        ProposalRow a = intake.propose(p.portfolioId(), IntakeTest.form("Felles lydlogg"));
        ProposalRow b = intake.propose(p.portfolioId(), IntakeTest.form("Nasjonal lydlogg"));
        long version = targets.addGoal(targets.draft(p.portfolioId(), "Utkast").version().id(), 0, null,
                "Kommunikasjon", "").version().id();
        board.meetingToday(p.boardId());
        for (String outsider : List.of(OTHER, SUPPLIER, TestUsers.HSO_MEMBER)) {
            users.login(outsider);
            assertThatThrownBy(() -> intake.intake(p.portfolioId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> intake.propose(p.portfolioId(), IntakeTest.form("Eget")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> intake.score(a.initiativeId(), null, new ScoreForm(1, 1, 1, 1, false, "")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> intake.weigh(p.portfolioId(), new CriteriaWeights(0, 1, 1, 1, 1)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> merger.merge(a.initiativeId(), a.version(), b.initiativeId(), b.version()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.board(p.portfolioId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.sendProposal(a.initiativeId(), a.version(), board.nb()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.sendTarget(version, 1, board.nb()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.nextMeeting(p.portfolioId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> referrals.history(p.portfolioId(), ReferralSubject.TARGET))
                    .isInstanceOf(NotFoundException.class);
        }
        users.login(SECRETARY, OWNER_TENANT);
        assertThat(intake.intake(p.portfolioId()).proposals()).extracting(ProposalRow::name)
                .containsExactlyInAnyOrder("Felles lydlogg", "Nasjonal lydlogg");
    }
}

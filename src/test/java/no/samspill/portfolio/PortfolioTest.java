package no.samspill.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static no.samspill.portfolio.PortfolioFixture.INVITED;
import static no.samspill.portfolio.PortfolioFixture.OTHER;
import static no.samspill.portfolio.PortfolioFixture.SECRETARY;
import static no.samspill.portfolio.PortfolioFixture.SUPPLIER;
import static no.samspill.portfolio.PortfolioFixture.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class PortfolioTest {

    @Autowired
    TestUsers users;

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    PortfolioService portfolios;

    @Autowired
    TargetPictureService targets;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PortfolioOverview overview;

    @Autowired
    BoardFixture board;

    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_target_picture_is_drafted_adopted_and_stays_readable_when_the_next_version_is_adopted() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        TargetTree v1 = targets.draft(p.portfolioId(), "Mobil kommunikasjon i akuttmedisinsk kjede");
        v1 = targets.addGoal(v1.version().id(), v1.version().version(), null, "Kommunikasjon", "");
        String area = v1.goals().getFirst().key();
        v1 = targets.addGoal(v1.version().id(), v1.version().version(), area, "Helhetlig nødnett", "Tale og data");
        String goal = v1.goals().get(1).key();
        v1 = targets.addGoal(v1.version().id(), v1.version().version(), goal, "Mobildata i ambulansen", "");
        assertThat(v1.goals()).extracting(GoalNode::level)
                .containsExactly(GoalLevel.AREA, GoalLevel.GOAL, GoalLevel.SUBGOAL);
        String sub = v1.goals().get(2).key();
        long v1Version = v1.version().version();
        assertThatThrownBy(() -> targets.addGoal(v1Id(p), v1Version, sub, "For dypt", ""))
                .hasMessageContaining("portfolio.error.too-deep");
        TargetTree adopted = board.adopt(p, v1);
        assertThat(adopted.version().state()).isEqualTo(TargetState.ADOPTED);
        // adopted by the board's decision, which names the board and the paper (ADR 030)
        assertThat(adopted.version().adoptedBy()).startsWith("Porteføljestyre ").endsWith("/"
                + String.format("%02d", LocalDate.now(clock).getYear() % 100) + ")");
        assertThat(adopted.version().adoptedAt()).isNotNull();
        assertThat(adopted.editable()).isFalse();
        // an adopted version does not change any more
        assertThatThrownBy(() -> targets.changeGoal(adopted.goals().get(1).id(), adopted.version().version(), "Ny",
                "")).hasMessageContaining("portfolio.error.not-draft");

        TargetTree v2 = targets.draft(p.portfolioId(), "Målbilde 2");
        assertThat(v2.goals()).extracting(GoalNode::key).containsExactly(area, goal, sub);
        v2 = targets.changeGoal(v2.goals().get(1).id(), v2.version().version(), "Nytt nødnett", "5G");
        board.adopt(p, v2);
        assertThat(targets.versions(p.portfolioId())).extracting(TargetVersionRow::state)
                .containsExactly(TargetState.ADOPTED, TargetState.SUPERSEDED);
        assertThat(targets.tree(adopted.version().id()).goals().get(1).title()).isEqualTo("Helhetlig nødnett");
        assertThat(targets.current(p.portfolioId()).orElseThrow().goals().get(1).title()).isEqualTo("Nytt nødnett");
    }

    private long v1Id(PortfolioFixture.Made p) {
        return targets.versions(p.portfolioId()).getFirst().id();
    }

    @Test
    void two_secretaries_editing_the_same_draft_get_the_concurrent_edit_message() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        TargetTree read = targets.draft(p.portfolioId(), "Utkast");
        long id = read.version().id();
        long seen = read.version().version();
        targets.addGoal(id, seen, null, "Område A", "");
        assertThatThrownBy(() -> targets.addGoal(id, seen, null, "Område B", ""))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(targets.tree(id).goals()).extracting(GoalNode::title).containsExactly("Område A");
        assertThatThrownBy(() -> targets.draft(p.portfolioId(), "Et til"))
                .hasMessageContaining("portfolio.error.draft-exists");
    }

    @Test
    void initiatives_link_to_goals_report_status_and_keep_checkpoint_moves() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        String[] goals = goals(p);
        InitiativeDetails amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant()));
        InitiativeDetails kak = initiatives.create(p.portfolioId(), form("KAK", p.invitedTenant()));
        assertThatThrownBy(() -> initiatives.create(p.portfolioId(), form("KAK", p.invitedTenant())))
                .hasMessageContaining("portfolio.error.name-taken");
        assertThatThrownBy(() -> initiatives.linkGoal(amk.id(), goals[0], Weight.ofLevel(4), "Feil"))
                .hasMessageContaining("portfolio.error.weight");
        assertThatThrownBy(() -> initiatives.linkGoal(amk.id(), goals[0], null, "Uten vekt"))
                .hasMessageContaining("portfolio.error.weight-missing");
        initiatives.linkGoal(amk.id(), goals[0], Weight.ofLevel(3), "Felles AMK-løsning");
        InitiativeDetails linked = initiatives.linkGoal(amk.id(), goals[0], Weight.MEDIUM, "Endret vekt");
        assertThat(linked.links()).singleElement().satisfies(l -> {
            assertThat(l.weight()).isEqualTo(Weight.MEDIUM);
            assertThat(l.goalTitle()).isEqualTo("Samhandling");
        });

        // the owner tenant reports; a colour that is not green needs its reason
        assertThatThrownBy(() -> initiatives.report(amk.id(), LocalDate.of(2026, 5, 10), StatusColour.RED, " ", ""))
                .hasMessageContaining("portfolio.error.reason-required");
        initiatives.report(amk.id(), LocalDate.of(2026, 5, 10), StatusColour.YELLOW, "Leveransen er forsinket",
                "Ny plan");
        InitiativeDetails reported = initiatives.report(amk.id(), LocalDate.of(2026, 6, 1), StatusColour.RED,
                "Utsatt av leverandøren", "Eskalert");
        assertThat(reported.statuses()).hasSize(2).allMatch(s -> s.periodStart().equals(LocalDate.of(2026, 5, 1)));
        assertThat(reported.statuses().getFirst()).satisfies(s -> {
            assertThat(s.colour()).isEqualTo(StatusColour.RED);
            assertThat(s.current()).isTrue();
        });
        assertThat(reported.statuses().get(1).current()).isFalse();
        // the board's office does not report for another tenant's initiative
        assertThatThrownBy(() -> initiatives.report(kak.id(), LocalDate.of(2026, 5, 10), StatusColour.GREEN, "",
                "")).hasMessageContaining("portfolio.error.own-initiatives-only");

        assertThatThrownBy(() -> initiatives.addCheckpoint(amk.id(), "Før start", LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("portfolio.error.checkpoint-before-start");
        InitiativeDetails withPoint = initiatives.addCheckpoint(amk.id(), "Avsjekk med IKT- og fagdirektørene",
                LocalDate.of(2026, 9, 1));
        CheckpointRow point = withPoint.checkpoints().getFirst();
        assertThatThrownBy(() -> initiatives.moveCheckpoint(point.id(), point.version(), LocalDate.of(2025, 1, 1),
                "Før start")).hasMessageContaining("portfolio.error.checkpoint-before-start");
        CheckpointRow moved = initiatives.moveCheckpoint(point.id(), point.version(), LocalDate.of(2026, 10, 15),
                "Møtet ble flyttet").checkpoints().getFirst();
        assertThat(moved.originalOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(moved.currentOn()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(moved.moved()).isTrue();
        assertThatThrownBy(() -> initiatives.moveCheckpoint(point.id(), point.version(), LocalDate.of(2026, 11, 1),
                "Gammel kopi")).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void a_dependency_that_closes_a_cycle_is_refused() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        long a = initiatives.create(p.portfolioId(), form("Nytt nødnett", p.ownerTenant())).id();
        long b = initiatives.create(p.portfolioId(), form("P-EPJ", p.ownerTenant())).id();
        long c = initiatives.create(p.portfolioId(), form("Multimonitor", p.ownerTenant())).id();
        initiatives.addDependency(a, b);
        assertThat(initiatives.addDependency(b, c).dependsOn()).extracting(InitiativeRef::name)
                .containsExactly("Multimonitor");
        assertThatThrownBy(() -> initiatives.addDependency(c, a)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("portfolio.error.cycle");
        assertThatThrownBy(() -> initiatives.addDependency(a, a)).hasMessageContaining("portfolio.error.cycle");
        assertThat(initiatives.details(c).dependsOn()).isEmpty();
    }

    @Test
    void coverage_shows_weights_unserved_goals_and_initiatives_serving_no_goal_filtered_by_owner_and_phase() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        String[] goals = goals(p);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        long kak = initiatives.create(p.portfolioId(), form("KAK", p.invitedTenant())).id();
        initiatives.linkGoal(amk, goals[0], Weight.HIGH, "Felles løsning");
        Coverage all = overview.coverage(p.portfolioId(), Set.of(), Set.of());
        assertThat(all.weight(goals[0], amk)).contains(Weight.HIGH);
        assertThat(all.weight(goals[1], amk)).isEmpty();
        assertThat(all.unservedGoals()).containsExactly(goals[1]);
        assertThat(all.initiativesWithoutGoal()).containsExactly(kak);
        Coverage invitedOnly = overview.coverage(p.portfolioId(), Set.of(p.invitedTenant()), Set.of());
        assertThat(invitedOnly.initiatives()).extracting(InitiativeRow::name).containsExactly("KAK");
        assertThat(invitedOnly.unservedGoals()).contains(goals[0], goals[1]);
        assertThat(overview.coverage(p.portfolioId(), Set.of(), Set.of(InitiativePhase.DONE)).initiatives())
                .isEmpty();
    }

    @Test
    void the_status_list_shows_the_last_periods_and_overdue_checkpoints() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        LocalDate today = LocalDate.now(clock);
        long amk = initiatives.create(p.portfolioId(), new InitiativeForm("AMK IKT-prosjektet", p.ownerTenant(), null,
                "Kari", today.minusYears(1), today.plusYears(1), null, InitiativePhase.RUNNING)).id();
        initiatives.report(amk, today, StatusColour.RED, "Forsinket leveranse", "Eskalert til styret");
        initiatives.addCheckpoint(amk, "Passert", today.minusDays(3));
        initiatives.addCheckpoint(amk, "Kommer", today.plusDays(30));
        StatusLine line = overview.status(p.portfolioId(), 3).getFirst();
        assertThat(line.periods()).hasSize(3);
        assertThat(line.periods().getLast().colour()).isEqualTo(StatusColour.RED);
        assertThat(line.periods().getLast().reason()).isEqualTo("Forsinket leveranse");
        assertThat(line.periods().getFirst().colour()).isNull();
        assertThat(line.overdue()).extracting(CheckpointRow::title).containsExactly("Passert");
        Roadmap roadmap = overview.roadmap(p.portfolioId());
        assertThat(roadmap.bars()).singleElement().satisfies(b -> assertThat(b.checkpoints()).hasSize(2));
        assertThat(roadmap.from()).isBeforeOrEqualTo(today.minusYears(1));
    }

    @Test
    void an_invited_tenant_reads_and_reports_on_its_own_initiatives_only() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        long kak = initiatives.create(p.portfolioId(), form("KAK", p.invitedTenant())).id();
        users.login(INVITED);
        assertThat(portfolios.portfolios()).extracting(PortfolioSummary::id).contains(p.portfolioId());
        assertThat(portfolios.details(p.portfolioId()).manages()).isFalse();
        assertThat(initiatives.details(kak).reports()).isTrue();
        initiatives.report(kak, LocalDate.of(2026, 5, 1), StatusColour.GREEN, "", "");
        assertThatThrownBy(() -> initiatives.report(amk, LocalDate.of(2026, 5, 1), StatusColour.GREEN, "", ""))
                .hasMessageContaining("portfolio.error.own-initiatives-only");
        assertThatThrownBy(() -> initiatives.create(p.portfolioId(), form("Eget", p.invitedTenant())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> targets.draft(p.portfolioId(), "Eget målbilde"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> initiatives.addDependency(kak, amk)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_tenant_not_invited_and_a_supplier_see_nothing() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        long version = targets.draft(p.portfolioId(), "Utkast").version().id();
        for (String outsider : List.of(OTHER, SUPPLIER)) {
            users.login(outsider);
            assertThatThrownBy(() -> portfolios.details(p.portfolioId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> initiatives.details(amk)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> targets.tree(version)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> overview.coverage(p.portfolioId(), Set.of(), Set.of()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> initiatives.report(amk, LocalDate.of(2026, 5, 1), StatusColour.GREEN, "", ""))
                    .isInstanceOf(NotFoundException.class);
        }
        users.login(OTHER);
        assertThat(portfolios.portfolios()).extracting(PortfolioSummary::id).doesNotContain(p.portfolioId());
    }

    @Test
    void owner_tenant_staff_who_do_not_sit_on_the_board_see_nothing_and_only_a_board_can_own_a_portfolio() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(TestUsers.HSO_MEMBER);
        assertThatThrownBy(() -> portfolios.details(p.portfolioId())).isInstanceOf(NotFoundException.class);
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        assertThatThrownBy(() -> portfolios.create(p.boardId(), "Portefølje nummer to"))
                .hasMessageContaining("portfolio.error.board-has-portfolio");
    }

    @Test
    void the_demo_portfolio_of_seed_003_has_its_initiatives_a_red_one_with_its_reason_and_a_goal_without_initiative() {
        users.login(TestUsers.HSO_ADMIN);
        PortfolioSummary demo = portfolios.portfolios().stream()
                .filter(x -> x.name().equals("Mobil kommunikasjon i akuttmedisinsk kjede")).findFirst().orElseThrow();
        Coverage coverage = overview.coverage(demo.id(), Set.of(), Set.of());
        assertThat(coverage.initiatives()).extracting(InitiativeRow::name).containsExactlyInAnyOrder(
                "AMK IKT-prosjektet", "P-EPJ", "KAK", "Nytt nødnett", "Multimonitor", "Utskifting av TransMobil");
        assertThat(coverage.goals()).filteredOn(g -> coverage.unservedGoals().contains(g.key()))
                .extracting(GoalNode::title).containsExactly("Behovene i den kommunale delen av kjeden er forankret");
        assertThat(targets.current(demo.id()).orElseThrow().version().state()).isEqualTo(TargetState.ADOPTED);
        StatusLine transMobil = overview.status(demo.id(), 3).stream()
                .filter(l -> l.initiative().name().equals("Utskifting av TransMobil")).findFirst().orElseThrow();
        assertThat(transMobil.periods().getLast().colour()).isEqualTo(StatusColour.RED);
        assertThat(transMobil.periods().getLast().reason()).contains("typegodkjenningen");
        assertThat(transMobil.overdue()).extracting(CheckpointRow::title)
                .containsExactly("Typegodkjenning av nye terminaler");
        users.login(INVITED);
        assertThat(portfolios.portfolios()).extracting(PortfolioSummary::id).contains(demo.id());
    }

    /** A draft with one area and two goals under it; returns the goals' keys. */
    private String[] goals(PortfolioFixture.Made p) {
        TargetTree t = targets.draft(p.portfolioId(), "Målbilde");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Kommunikasjon", "");
        String area = t.goals().getFirst().key();
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Samhandling", "");
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Robusthet", "");
        return new String[] {t.goals().get(1).key(), t.goals().get(2).key()};
    }
}

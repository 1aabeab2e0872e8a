package no.samspill.portfolio;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import no.samspill.platform.text.Formats;
import no.samspill.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static org.assertj.core.api.Assertions.assertThat;

class PortfolioViewsTest extends KaribuTest {

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    TargetPictureService targets;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PortfolioService portfolios;

    @Autowired
    Clock clock;

    @Test
    void the_office_sees_coverage_with_gaps_the_status_in_words_and_the_roadmap_with_a_moved_checkpoint() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(PortfolioFixture.SECRETARY, PortfolioFixture.OWNER_TENANT);
        TargetTree t = targets.draft(p.portfolioId(), "Mobil kommunikasjon i akuttmedisinsk kjede");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Kommunikasjon", "");
        String area = t.goals().getFirst().key();
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Mobildata i ambulansen", "");
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Lydlogg på tvers", "");
        String served = t.goals().get(1).key();
        LocalDate today = LocalDate.now(clock);
        long amk = initiatives.create(p.portfolioId(), new InitiativeForm("AMK IKT-prosjektet", p.ownerTenant(), null,
                "Kari", today.minusMonths(6), today.plusYears(1), new BigDecimal("5000000"),
                InitiativePhase.RUNNING)).id();
        initiatives.create(p.portfolioId(), new InitiativeForm("KAK", p.invitedTenant(), null, "Ola",
                today.minusMonths(1), today.plusYears(2), null, InitiativePhase.APPROVED));
        initiatives.linkGoal(amk, served, Weight.HIGH, "Felles AMK-løsning");
        initiatives.report(amk, today, StatusColour.RED, "Leverandøren har utsatt", "Eskalert");
        CheckpointRow c = initiatives.addCheckpoint(amk, "Avsjekk IKT/fag", today.plusMonths(1)).checkpoints()
                .getFirst();
        initiatives.moveCheckpoint(c.id(), c.version(), today.plusMonths(2), "Møtet flyttet");

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        assertThat(heading()).isEqualTo(portfolios.details(p.portfolioId()).name());
        String matrix = _get(Div.class, s -> s.withClasses("samspill-matrix-scroll")).getElement()
                .getProperty("innerHTML");
        assertThat(matrix).contains("AMK IKT-prosjektet", "KAK", t("portfolio.weight.HIGH"),
                t("portfolio.coverage.unserved"), t("portfolio.coverage.no-goal"));

        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<StatusLine> status = _get(Grid.class, s -> s.withId("status-list"));
        assertThat(_size(status)).isEqualTo(2);

        _get(TabSheet.class).setSelectedIndex(2);
        String roadmap = _get(Div.class, s -> s.withId("roadmap")).getElement().getProperty("innerHTML");
        assertThat(roadmap).contains("AMK IKT-prosjektet", "KAK", "href=\"" + PortfolioRoutes.initiative(amk) + "\"");
        java.util.Locale locale = UI.getCurrent().getLocale();
        assertThat(roadmap).contains("aria-label=\"" + t("portfolio.roadmap.moved", "Avsjekk IKT/fag",
                Formats.date(today.plusMonths(2), locale), Formats.date(today.plusMonths(1), locale)) + "\"");

        _get(TabSheet.class).setSelectedIndex(3);
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("target-picture"))
                .getElement().getTextRecursively()).contains("Mobildata i ambulansen");
    }

    @Test
    void the_invited_tenant_sees_the_portfolio_in_its_list_and_others_get_not_found() {
        PortfolioFixture.Made p = fixture.portfolio();
        loginAndOpen(PortfolioFixture.INVITED, "portfolios");
        @SuppressWarnings("unchecked")
        Grid<PortfolioSummary> list = _get(Grid.class, s -> s.withId("portfolios"));
        assertThat(_size(list)).isGreaterThanOrEqualTo(1);
        UI.getCurrent().navigate(PortfolioRoutes.portfolio(p.portfolioId()));
        assertThat(heading()).isEqualTo(portfolios.details(p.portfolioId()).name());
        for (String outsider : new String[] {PortfolioFixture.OTHER, PortfolioFixture.SUPPLIER}) {
            loginAndOpen(outsider, "");
            assertNavigationDenied(PortfolioRoutes.portfolio(p.portfolioId()));
        }
    }
}

package no.samspill.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.samspill.platform.Mandate;
import no.samspill.portfolio.InitiativeForm;
import no.samspill.portfolio.InitiativePhase;
import no.samspill.portfolio.InitiativeService;
import no.samspill.portfolio.PortfolioDetails;
import no.samspill.portfolio.PortfolioService;
import no.samspill.portfolio.StatusColour;
import no.samspill.portfolio.TargetPictureService;
import no.samspill.portfolio.TargetTree;
import no.samspill.portfolio.Weight;
import no.samspill.steeringgroup.GroupKind;
import no.samspill.steeringgroup.SteeringGroupDetails;
import no.samspill.steeringgroup.SteeringGroupService;
import no.samspill.steeringgroup.SteeringRole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Seed 003 as a portfolio: Helse Sør-Øst's board "Porteføljestyre akuttmedisinsk kjede" with Sykehusinnkjøp invited
 * (the demo has no other Norwegian region), the target picture for mobile communication in the emergency-medicine
 * chain, and the initiatives the seed names with owners, periods and colours: TransMobil red with its reason, and the
 * goal on the municipalities served by none.
 */
@Component
class DemoPortfolio {

    static final String BOARD = "Porteføljestyre akuttmedisinsk kjede";
    private static final String ADMIN = "admin@helse-sorost.demo";
    private static final String OFFICE = "innkjop@helse-sorost.demo";
    private static final String SKI_ADMIN = "admin@sykehusinnkjop.demo";

    private final DemoActors actors;
    private final SteeringGroupService groups;
    private final PortfolioService portfolios;
    private final TargetPictureService targets;
    private final InitiativeService initiatives;
    private final DemoBoard demoBoard;

    DemoPortfolio(DemoActors actors, SteeringGroupService groups, PortfolioService portfolios,
            TargetPictureService targets, InitiativeService initiatives, DemoBoard board) {
        this.demoBoard = board;
        this.actors = actors;
        this.groups = groups;
        this.portfolios = portfolios;
        this.targets = targets;
        this.initiatives = initiatives;
    }

    int seed(long hso, long ski) {
        if (actors.as(ADMIN, hso, () -> groups.groups().stream().anyMatch(g -> g.name().equals(BOARD)))) {
            return 0;
        }
        SteeringGroupDetails board = actors.as(ADMIN, hso, () -> groups.create(BOARD, new Mandate(
                "Porteføljestyret eier veikartet for akuttmedisinsk kjede og prioriterer tiltakene etter det vedtatte "
                        + "målbildet. Porteføljekontoret er sekretariat.", "AD-møtet", "AD-møtet",
                LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 1), LocalDate.of(2028, 12, 31)),
                GroupKind.PORTFOLIO_BOARD));
        long office = actors.as(ADMIN, hso, () -> groups.memberOptions().stream()
                .filter(c -> c.email().equals(OFFICE)).findFirst().orElseThrow().userId());
        actors.as(ADMIN, hso, () -> groups.addMember(board.id(), office, SteeringRole.SECRETARY,
                LocalDate.of(2024, 9, 1)));
        PortfolioDetails p = actors.as(OFFICE, hso, () -> {
            PortfolioDetails made = portfolios.create(board.id(), "Mobil kommunikasjon i akuttmedisinsk kjede");
            return portfolios.inviteTenant(made.id(), ski);
        });
        String[] g = actors.as(OFFICE, hso, () -> targetPicture(p.id()));
        long kak = actors.as(OFFICE, hso, () -> {
            long amk = add(p.id(), "AMK IKT-prosjektet", hso, "Kari Nordmann", 2022, 2027, "48000000",
                    InitiativePhase.RUNNING);
            long pepj = add(p.id(), "P-EPJ", hso, "Jonas Lie", 2023, 2028, "65000000", InitiativePhase.RUNNING);
            long nodnett = add(p.id(), "Nytt nødnett", hso, "Marit Bakken", 2024, 2030, null,
                    InitiativePhase.APPROVED);
            long transmobil = add(p.id(), "Utskifting av TransMobil", hso, "Per Andersen", 2025, 2027, "12000000",
                    InitiativePhase.RUNNING);
            long kakId = add(p.id(), "KAK", ski, "Ola Nilsen", 2024, 2027, "20000000", InitiativePhase.RUNNING);
            add(p.id(), "Multimonitor", ski, "Ola Nilsen", 2026, 2028, null,
                    InitiativePhase.PROPOSAL);
            initiatives.linkGoal(amk, g[0], Weight.HIGH, "Felles kontrollromsløsning for alle AMK-sentralene.");
            initiatives.linkGoal(amk, g[3], Weight.MEDIUM, "Avklarer grensesnittet mot nødnett og journal.");
            initiatives.linkGoal(pepj, g[1], Weight.HIGH, "Én prehospital journal fra hendelse til sykehus.");
            initiatives.linkGoal(nodnett, g[2], Weight.HIGH, "Mobildata og tale for helse i nytt nødnett.");
            initiatives.linkGoal(transmobil, g[2], Weight.MEDIUM, "Nye terminaler i ambulansene.");
            initiatives.linkGoal(kakId, g[0], Weight.LOW, "Kontrollromsutstyr gjennom nasjonal avtale.");
            initiatives.addDependency(pepj, nodnett);
            initiatives.addDependency(transmobil, nodnett);
            for (long id : List.of(amk, pepj, nodnett)) {
                initiatives.report(id, LocalDate.of(2026, 6, 15), StatusColour.GREEN, "", "");
            }
            initiatives.report(amk, LocalDate.of(2026, 10, 15), StatusColour.YELLOW,
                    "Integrasjonen mot journalen er forsinket to måneder.",
                    "Ekstra testperiode avtalt med leverandøren.");
            initiatives.report(pepj, LocalDate.of(2026, 10, 15), StatusColour.GREEN, "", "");
            initiatives.report(transmobil, LocalDate.of(2026, 6, 15), StatusColour.YELLOW,
                    "Leveransen av terminaler er forsinket.", "Ny leveranseplan fra leverandøren.");
            initiatives.report(transmobil, LocalDate.of(2026, 10, 15), StatusColour.RED,
                    "Terminalene består ikke typegodkjenningen for nytt nødnett; utrullingen er stanset.",
                    "Saken løftes til porteføljestyret; alternative terminaler vurderes.");
            var point = initiatives.addCheckpoint(amk, "Avsjekkpunkt i IKT- og fagdirektørmøtet",
                    LocalDate.of(2026, 12, 9)).checkpoints().getFirst();
            initiatives.moveCheckpoint(point.id(), point.version(), LocalDate.of(2027, 1, 20),
                    "Møtet i desember ble flyttet til januar.");
            initiatives.addCheckpoint(transmobil, "Typegodkjenning av nye terminaler", LocalDate.of(2026, 11, 15));
            initiatives.addCheckpoint(nodnett, "Konseptvalg nytt nødnett", LocalDate.of(2027, 6, 1));
            return kakId;
        });
        // the owner tenant reports on its own initiatives: Sykehusinnkjøp on KAK
        actors.as(SKI_ADMIN, ski, () -> {
            initiatives.report(kak, LocalDate.of(2026, 6, 15), StatusColour.GREEN, "", "");
            return initiatives.report(kak, LocalDate.of(2026, 10, 15), StatusColour.GREEN, "",
                    "Avrop på nasjonal avtale i gang.");
        });
        actors.as(OFFICE, hso, () -> demoBoard.intake(p.id()));
        return 1;
    }

    /** The seed's target picture, adopted; returns the keys of the goals the initiatives link to. */
    private String[] targetPicture(long portfolioId) {
        TargetTree t = targets.draft(portfolioId, "Målbilde for mobil kommunikasjon i akuttmedisinsk kjede");
        t = goal(t, null, "Mobil kommunikasjon i akuttmedisinsk kjede",
                "Hvilke tjenester som skal anskaffes, hva som skal gjennomføres i nytt nødnett og hva som holdes "
                        + "utenfor.");
        String area = t.goals().getLast().key();
        t = goal(t, area, "Tjenester som skal anskaffes", "Kontrollromsløsninger, video, telefoni og lydlogg.");
        String services = t.goals().getLast().key();
        t = goal(t, services, "Felles kontrollromsløsninger for AMK", "");
        String controlRooms = t.goals().getLast().key();
        t = goal(t, area, "Sammenhengende prehospital journal", "Fra hendelse til sykehus, på tvers av regionene.");
        String journal = t.goals().getLast().key();
        t = goal(t, area, "Nytt nødnett dekker helses behov", "Egenskaper nytt nødnett skal ha for helse.");
        String network = t.goals().getLast().key();
        t = goal(t, area, "Avklarte grenseflater mot tilgrensende prosjekter", "");
        String borders = t.goals().getLast().key();
        t = goal(t, area, "Behovene i den kommunale delen av kjeden er forankret",
                "Legevakt og kommunal akuttberedskap er med i målbildet.");
        // adopted by the board's decision on the paper it was sent in (ADR 030), after the seed's own paper
        demoBoard.adoptTarget(portfolioId, t.version().id(), t.version().version());
        return new String[] {controlRooms, journal, network, borders};
    }

    private TargetTree goal(TargetTree t, @Nullable String parent, String title, String description) {
        return targets.addGoal(t.version().id(), t.version().version(), parent, title, description);
    }

    private long add(long portfolioId, String name, long owner, String contact, int from, int to,
            @Nullable String budget, InitiativePhase phase) {
        return initiatives.create(portfolioId, new InitiativeForm(name, owner, null, contact,
                LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), budget == null ? null : new BigDecimal(budget),
                phase)).id();
    }
}

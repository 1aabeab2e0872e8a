package no.samspill.portfolio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PackageRow;
import no.samspill.steeringgroup.PackageService;
import no.samspill.support.PdfAConformance;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static no.samspill.portfolio.PortfolioFixture.OWNER_TENANT;
import static no.samspill.portfolio.PortfolioFixture.SECRETARY;
import static org.assertj.core.api.Assertions.assertThat;

@SamspillSpringTest
class BoardPackageTest {

    @Autowired
    TestUsers users;

    @Autowired
    PortfolioFixture fixture;

    @Autowired
    BoardFixture board;

    @Autowired
    TargetPictureService targets;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    IntakeService intake;

    @Autowired
    BoardReferrals referrals;

    @Autowired
    PackageService packages;

    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_portfolio_boards_package_reports_status_per_goal_moved_checkpoints_and_goals_without_initiatives()
            throws Exception {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, OWNER_TENANT);
        TargetTree t = targets.draft(p.portfolioId(), "Målbilde for mobil kommunikasjon");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Mobil kommunikasjon",
                "Hva som skal anskaffes og hva som holdes utenfor nødnett.");
        String area = t.goals().getFirst().key();
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Felles kontrollromsløsninger for AMK", "");
        t = targets.addGoal(t.version().id(), t.version().version(), area, "Nytt nødnett dekker helses behov", "");
        t = targets.addGoal(t.version().id(), t.version().version(), area,
                "Behovene i den kommunale delen av kjeden er forankret", "");
        String rooms = t.goals().get(1).key();
        String network = t.goals().get(2).key();
        board.adopt(p, t);
        LocalDate today = LocalDate.now(clock);
        long amk = initiatives.create(p.portfolioId(), new InitiativeForm("AMK IKT-prosjektet", p.ownerTenant(),
                null, "Kari Nordmann", today.minusYears(2), today.plusYears(1), null, InitiativePhase.RUNNING)).id();
        long trans = initiatives.create(p.portfolioId(), new InitiativeForm("Utskifting av TransMobil",
                p.ownerTenant(), null, "Per Andersen", today.minusYears(1), today.plusYears(1), null,
                InitiativePhase.RUNNING)).id();
        long kak = initiatives.create(p.portfolioId(), new InitiativeForm("KAK", p.invitedTenant(), null, "Ola",
                today.minusYears(1), today.plusYears(2), null, InitiativePhase.RUNNING)).id();
        initiatives.linkGoal(amk, rooms, Weight.HIGH, "Felles kontrollrom");
        initiatives.linkGoal(kak, rooms, Weight.LOW, "Nasjonal avtale");
        initiatives.linkGoal(trans, network, Weight.MEDIUM, "Nye terminaler");
        initiatives.report(amk, today, StatusColour.YELLOW, "Integrasjonen mot journalen er forsinket to måneder.",
                "Ekstra testperiode avtalt.");
        initiatives.report(trans, today, StatusColour.RED,
                "Terminalene består ikke typegodkjenningen; utrullingen er stanset.", "Saken løftes til styret.");
        CheckpointRow point = initiatives.addCheckpoint(amk, "Avsjekkpunkt i IKT- og fagdirektørmøtet",
                today.plusDays(5)).checkpoints().getFirst();
        initiatives.moveCheckpoint(point.id(), point.version(), today.plusDays(47),
                "Møtet i desember ble flyttet til januar.");
        long proposal = intake.propose(p.portfolioId(), IntakeTest.form("Multimonitor")).initiativeId();
        intake.score(proposal, null, new ScoreForm(4, 3, 3, 4, false, ""));
        MeetingDetails m = board.meetingToday(p.boardId());
        referrals.sendProposal(proposal, initiatives.details(proposal).version(), board.nb());

        PackageRow row = packages.generate(m.id(), board.nb());
        byte[] pdf = packages.download(row.id());
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "board-package.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Porteføljen", "Mål: Felles kontrollromsløsninger for AMK",
                    "AMK IKT-prosjektet – Helse Sør-Øst RHF", "KAK – Sykehusinnkjøp HF",
                    "Integrasjonen mot journalen er forsinket to måneder.", "Rød: utsatt",
                    "Terminalene består ikke typegodkjenningen", "Flyttede avsjekkpunkt",
                    "Møtet i desember ble flyttet til januar.", "Mål uten tiltak",
                    "Behovene i den kommunale delen av kjeden er forankret", "Forslag: Multimonitor",
                    "Vektet poengsum: 3,5 av 5");
        }
        // veraPDF: the package with its portfolio section conforms to PDF/A-2a
        assertThat(PdfAConformance.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }
}

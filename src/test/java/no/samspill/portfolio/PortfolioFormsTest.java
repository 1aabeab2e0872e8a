package no.samspill.portfolio;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.PdfAConformance;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import static no.samspill.portfolio.PortfolioFixture.INVITED;
import static no.samspill.portfolio.PortfolioFixture.OTHER;
import static no.samspill.portfolio.PortfolioFixture.SECRETARY;
import static no.samspill.portfolio.PortfolioFixture.SUPPLIER;
import static no.samspill.portfolio.PortfolioFixture.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The operations behind the portfolio's forms and exports, and who may use them. */
@SamspillSpringTest
class PortfolioFormsTest {

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
    I18NProvider i18n;
    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_office_corrects_an_initiative_and_a_stale_copy_gets_the_concurrent_edit_message() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        InitiativeDetails amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant()));
        initiatives.create(p.portfolioId(), form("KAK", p.ownerTenant()));
        InitiativeDetails changed = initiatives.update(amk.id(), amk.version(), new InitiativeChange(
                "AMK IKT", "Kari Nordmann", LocalDate.of(2026, 2, 1), LocalDate.of(2028, 6, 30),
                new BigDecimal("2500000")));
        assertThat(changed.name()).isEqualTo("AMK IKT");
        assertThat(changed.end()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(changed.budget()).isEqualByComparingTo("2500000");
        assertThatThrownBy(() -> initiatives.update(amk.id(), amk.version(), change("Gammel kopi")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> initiatives.update(amk.id(), changed.version(), change("kak")))
                .hasMessageContaining("portfolio.error.name-taken");
        assertThatThrownBy(() -> initiatives.update(amk.id(), changed.version(), new InitiativeChange("AMK IKT", "",
                LocalDate.of(2026, 2, 1), LocalDate.of(2025, 1, 1), null)))
                .hasMessageContaining("portfolio.error.end-before-start");
        assertThat(initiatives.details(amk.id()).name()).isEqualTo("AMK IKT");
    }

    @Test
    void the_status_period_is_a_tertial_by_default_and_the_board_can_make_it_a_quarter() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        PortfolioDetails before = portfolios.details(p.portfolioId());
        assertThat(before.periodMonths()).isEqualTo(4);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        assertThat(initiatives.periods(amk)).hasSize(PortfolioRules.STATUS_PERIODS)
                .allSatisfy(o -> assertThat(o.start().getMonthValue()).isIn(1, 5, 9));
        PortfolioDetails quarter = portfolios.changePeriod(p.portfolioId(), before.version(), PeriodLength.QUARTER);
        assertThat(quarter.periodMonths()).isEqualTo(3);
        assertThat(initiatives.periods(amk)).allSatisfy(o -> assertThat(o.start().getMonthValue())
                .isIn(1, 4, 7, 10));
        assertThat(overview.status(p.portfolioId(), 4).getFirst().periods())
                .allSatisfy(s -> assertThat(s.number()).isBetween(1, 4));
        assertThatThrownBy(() -> portfolios.changePeriod(p.portfolioId(), before.version(), PeriodLength.MONTH))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> PeriodLength.ofMonths(5)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("portfolio.error.period");
    }

    @Test
    void bad_input_gets_its_message_and_changes_nothing() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        assertThatThrownBy(() -> Weight.ofLevel(4)).hasMessageContaining("portfolio.error.weight");
        assertThatThrownBy(() -> Weight.ofLevel(0)).hasMessageContaining("portfolio.error.weight");
        assertThatThrownBy(() -> initiatives.addCheckpoint(amk, "For tidlig", LocalDate.of(2025, 12, 31)))
                .hasMessageContaining("portfolio.error.checkpoint-before-start");
        assertThatThrownBy(() -> initiatives.report(amk, LocalDate.of(2026, 5, 1), StatusColour.YELLOW, " ", ""))
                .hasMessageContaining("portfolio.error.reason-required");
        InitiativeDetails now = initiatives.details(amk);
        assertThat(now.checkpoints()).isEmpty();
        assertThat(now.statuses()).isEmpty();
    }

    @Test
    void a_dependency_is_removed_and_can_then_go_the_other_way() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        long a = initiatives.create(p.portfolioId(), form("Nytt nødnett", p.ownerTenant())).id();
        long b = initiatives.create(p.portfolioId(), form("P-EPJ", p.ownerTenant())).id();
        initiatives.addDependency(a, b);
        assertThat(initiatives.dependencyOptions(a)).extracting(InitiativeRef::id).doesNotContain(a, b);
        assertThatThrownBy(() -> initiatives.addDependency(b, a)).hasMessageContaining("portfolio.error.cycle");
        assertThat(initiatives.removeDependency(a, b).dependsOn()).isEmpty();
        assertThat(initiatives.addDependency(b, a).dependsOn()).extracting(InitiativeRef::name)
                .containsExactly("Nytt nødnett");
    }

    @Test
    void the_matrix_and_the_status_list_export_to_xlsx_and_read_back() throws Exception {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        TargetTree t = targets.draft(p.portfolioId(), "Målbilde");
        t = targets.addGoal(t.version().id(), t.version().version(), null, "Kommunikasjon", "");
        t = targets.addGoal(t.version().id(), t.version().version(), t.goals().getFirst().key(), "Samhandling", "");
        t = targets.addGoal(t.version().id(), t.version().version(), t.goals().getFirst().key(), "Robusthet", "");
        String served = t.goals().get(1).key();
        LocalDate today = LocalDate.now(clock);
        long amk = initiatives.create(p.portfolioId(), new InitiativeForm("AMK IKT-prosjektet", p.ownerTenant(), null,
                "Kari", today.minusYears(1), today.plusYears(1), null, InitiativePhase.RUNNING)).id();
        initiatives.create(p.portfolioId(), form("=KAK", p.invitedTenant()));
        initiatives.linkGoal(amk, served, Weight.HIGH, "Felles løsning");
        initiatives.report(amk, today, StatusColour.RED, "Forsinket leveranse", "Eskalert");
        Translator nb = translator();

        List<List<String>> matrix = read(overview.coverageSheet(p.portfolioId(), Set.of(), Set.of(), nb).bytes());
        assertThat(matrix.getFirst()).contains("AMK IKT-prosjektet (Helse Sør-Øst RHF)");
        int amkColumn = matrix.getFirst().indexOf("AMK IKT-prosjektet (Helse Sør-Øst RHF)");
        assertThat(matrix).anySatisfy(r -> assertThat(r).startsWith(nb.text("portfolio.goal.level.GOAL"),
                "Samhandling").contains(nb.text("portfolio.weight.HIGH")));
        assertThat(matrix.stream().filter(r -> r.size() > 1 && r.get(1).equals("Robusthet")).findFirst()
                .orElseThrow()).contains(nb.text("portfolio.coverage.unserved"));
        List<String> gaps = matrix.getLast();
        assertThat(gaps.get(1)).isEqualTo(nb.text("portfolio.coverage.no-goal"));
        assertThat(gaps.get(amkColumn)).isEmpty();
        // a name that starts with = stays text, never a formula
        assertThat(matrix.getFirst()).anyMatch(h -> h.startsWith("=KAK"));

        List<List<String>> status = read(overview.statusSheet(p.portfolioId(), 3, nb).bytes());
        List<String> amkLine = status.stream().filter(r -> r.getFirst().equals("AMK IKT-prosjektet")).findFirst()
                .orElseThrow();
        assertThat(amkLine).contains(nb.text("portfolio.colour.RED"), "Forsinket leveranse",
                nb.text("portfolio.status.not-reported"), nb.text("portfolio.phase.RUNNING"));
        assertThat(status.getFirst()).contains(nb.text("portfolio.status.reason"));
    }

    @Test
    void the_roadmap_exports_to_a_pdf_a_with_its_bars_checkpoints_and_moves_in_words() throws Exception {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        long amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant())).id();
        initiatives.create(p.portfolioId(), form("Kommunal akuttkjede (KAK)", p.invitedTenant()));
        CheckpointRow c = initiatives.addCheckpoint(amk, "Avsjekk IKT/fag", LocalDate.of(2026, 9, 1))
                .checkpoints().getFirst();
        initiatives.moveCheckpoint(c.id(), c.version(), LocalDate.of(2026, 10, 15), "Møtet flyttet");
        byte[] pdf = overview.roadmapPdf(p.portfolioId(), translator()).bytes();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "roadmap-test.pdf"), pdf);
        assertThat(PdfAConformance.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("AMK IKT-prosjektet", "Kommunal akuttkjede (KAK)", "Helse Sør-Øst RHF",
                    "Sykehusinnkjøp HF", "Avsjekk IKT/fag", "15. okt. 2026", "1. sep. 2026", "█", "◇");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void invited_tenants_read_and_export_but_do_not_run_the_portfolio() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        InitiativeDetails amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant()));
        long kak = initiatives.create(p.portfolioId(), form("KAK", p.invitedTenant())).id();
        long version = portfolios.details(p.portfolioId()).version();
        users.login(INVITED);
        assertThat(overview.coverageSheet(p.portfolioId(), Set.of(), Set.of(), translator()).bytes()).isNotEmpty();
        assertThat(overview.statusSheet(p.portfolioId(), 3, translator()).bytes()).isNotEmpty();
        assertThat(initiatives.periods(kak)).isNotEmpty();
        assertThatThrownBy(() -> initiatives.periods(amk.id()))
                .hasMessageContaining("portfolio.error.own-initiatives-only");
        assertThatThrownBy(() -> initiatives.update(amk.id(), amk.version(), change("Overtatt")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> initiatives.update(kak, 0, change("Eget navn")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> initiatives.changePhase(kak, 0, InitiativePhase.DONE))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> initiatives.removeDependency(kak, amk.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> initiatives.dependencyOptions(kak)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> initiatives.projectOptions(p.portfolioId(), "", 0, 10))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> portfolios.changePeriod(p.portfolioId(), version, PeriodLength.MONTH))
                .isInstanceOf(ForbiddenException.class);
        assertThat(initiatives.addCheckpoint(kak, "Eget punkt", LocalDate.of(2026, 6, 1)).checkpoints()).hasSize(1);
    }

    @Test
    void a_tenant_not_invited_and_a_supplier_cannot_use_the_new_operations() {
        PortfolioFixture.Made p = fixture.portfolio();
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        InitiativeDetails amk = initiatives.create(p.portfolioId(), form("AMK IKT-prosjektet", p.ownerTenant()));
        long version = portfolios.details(p.portfolioId()).version();
        for (String outsider : List.of(OTHER, SUPPLIER)) {
            users.login(outsider);
            assertThatThrownBy(() -> initiatives.update(amk.id(), amk.version(), change("Kapret")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> initiatives.periods(amk.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> initiatives.removeDependency(amk.id(), amk.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> initiatives.dependencyOptions(amk.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> portfolios.changePeriod(p.portfolioId(), version, PeriodLength.MONTH))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> overview.coverageSheet(p.portfolioId(), Set.of(), Set.of(), translator()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> overview.statusSheet(p.portfolioId(), 3, translator()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> overview.roadmapPdf(p.portfolioId(), translator()))
                    .isInstanceOf(NotFoundException.class);
        }
        users.login(SECRETARY, PortfolioFixture.OWNER_TENANT);
        assertThat(initiatives.details(amk.id()).name()).isEqualTo("AMK IKT-prosjektet");
        assertThat(portfolios.details(p.portfolioId()).periodMonths()).isEqualTo(4);
    }

    private Translator translator() {
        return Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static InitiativeChange change(String name) {
        return new InitiativeChange(name, "", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null);
    }
}

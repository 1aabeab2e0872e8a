package no.samspill.steeringgroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.samspill.support.PdfAConformance;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.Category;
import no.samspill.procurement.Phase;
import no.samspill.procurement.ProjectForm;
import no.samspill.procurement.ProjectService;
import no.samspill.procurement.ProjectSummary;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class SteeringGroupTest {

    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** Lars Hansen, procurement lead in Helse Sør-Øst and in Sykehusinnkjøp: he acts in Sykehusinnkjøp here. */
    static final String SECRETARY = TestUsers.HSO_LEAD;
    static final String SKI = "Sykehusinnkjøp HF";

    @Autowired
    SteeringGroupService groups;

    @Autowired
    CasePaperService papers;

    @Autowired
    SteeringMeetingService meetings;

    @Autowired
    PackageService packages;

    @Autowired
    ProjectService projects;

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Test
    void a_member_joins_within_the_mandate_period_only() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(), new Mandate("Formål", "Styret",
                "Styre", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        long lars = groups.memberOptions().stream().filter(c -> c.email().equals(SECRETARY)).findFirst()
                .orElseThrow().userId();
        assertThatThrownBy(() -> groups.addMember(g.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2025, 6, 1)))
                .hasMessageContaining("steering.error.joined-outside-mandate");
        assertThatThrownBy(() -> groups.addMember(g.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2027, 1, 1)))
                .hasMessageContaining("steering.error.joined-outside-mandate");
        assertThat(groups.addMember(g.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2026, 12, 31)).members())
                .hasSize(1);
    }

    @Test
    void case_papers_are_numbered_per_year_and_checked_before_they_are_saved() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        assertThatThrownBy(() -> papers.create(groupId, paper(" ", false, ""))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("steering.paper.error.title");
        assertThatThrownBy(() -> papers.create(groupId, paper("Unntatt sak", true, " ")))
                .hasMessageContaining("steering.paper.error.legal-basis");
        PaperView first = papers.create(groupId, paper("Porteføljestyring i akuttkjeden", false, ""));
        PaperView second = papers.create(groupId, paper("Budsjett 2027", true, "offentleglova § 14"));
        assertThat(first.number()).isEqualTo("1/26");
        assertThat(second.number()).isEqualTo("2/26");
        assertThat(second.content().legalBasis()).isEqualTo("offentleglova § 14");
        assertThat(papers.papers(groupId)).extracting(PaperSummary::number).containsExactly("2/26", "1/26");
    }

    @Test
    void a_decision_needs_the_paper_on_the_agenda_and_locks_when_the_minutes_are_approved() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperView p = papers.create(groupId, paper("Godkjenning av behovsanalyse", false, ""));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-11-03T09:00:00Z"), "Teams");
        DecisionForm yes = new DecisionForm(null, "Behovsanalysen godkjennes.", LocalDate.of(2026, 11, 3),
                "Ola Nilsen, Lars Hansen", "");
        assertThatThrownBy(() -> meetings.decide(m.id(), p.id(), null, yes))
                .hasMessageContaining("steering.decision.error.not-on-agenda");
        meetings.placeOnAgenda(m.id(), p.id());
        MeetingDetails decided = meetings.decide(m.id(), p.id(), null, yes);
        assertThat(decided.decisions()).singleElement().satisfies(d -> assertThat(d.conclusion())
                .isEqualTo("Behovsanalysen godkjennes."));
        long firstVersion = decided.decisions().getFirst().version();
        // a second "new" decision on the same paper at the same meeting is a stale correction, not a duplicate
        assertThatThrownBy(() -> meetings.decide(m.id(), p.id(), null, yes))
                .isInstanceOf(ConcurrentEditException.class);
        // corrected before approval: still one decision
        decided = meetings.decide(m.id(), p.id(), firstVersion, new DecisionForm(null,
                "Behovsanalysen godkjennes med endringer.", LocalDate.of(2026, 11, 3), "Ola Nilsen, Lars Hansen",
                "Lars Hansen: mot punkt 2"));
        assertThat(decided.decisions()).singleElement().satisfies(d -> assertThat(d.dissent()).contains("punkt 2"));
        MeetingDetails approved = meetings.approveMinutes(m.id(), decided.version());
        assertThat(approved.decisions()).allMatch(DecisionRow::locked);
        long lockedVersion = approved.decisions().getFirst().version();
        assertThatThrownBy(() -> meetings.decide(m.id(), p.id(), lockedVersion, yes))
                .hasMessageContaining("steering.decision.error.locked");
        // the paper a decision was made on is not edited any more
        assertThatThrownBy(() -> papers.update(p.id(), papers.view(p.id()).version(),
                paper("Ny tittel", false, ""))).hasMessageContaining("steering.paper.error.decided");
        // a later meeting supersedes it; the first decision stays as it was
        MeetingDetails later = meetings.plan(groupId, Instant.parse("2026-11-14T09:00:00Z"), "Oslo");
        meetings.placeOnAgenda(later.id(), p.id());
        MeetingDetails again = meetings.decide(later.id(), p.id(), null, new DecisionForm(null,
                "Vedtaket av 3. november oppheves.", LocalDate.of(2026, 11, 14), "Ola Nilsen", ""));
        long firstId = approved.decisions().getFirst().id();
        assertThat(again.decisions()).singleElement().satisfies(d -> assertThat(d.supersedesId()).isEqualTo(firstId));
        assertThat(meetings.details(m.id()).decisions()).singleElement()
                .satisfies(d -> assertThat(d.conclusion()).isEqualTo("Behovsanalysen godkjennes med endringer."));
    }

    @Test
    void an_overseen_project_waits_for_the_approval_of_its_needs_analysis_before_the_tender() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        ProjectSummary project = projects.create(new ProjectForm(projects.formOptions().suggestedReference(),
                "Senger " + UUID.randomUUID(), "", Category.BHM, null, Set.of(), null));
        users.login(TestUsers.SKI_ADMIN);
        groups.oversee(groupId, project.id());
        // a point for the phase the project is in already cannot hold it any more
        assertThatThrownBy(() -> groups.addDecisionPoint(groupId, project.id(), Phase.NEEDS_ANALYSIS,
                DecisionKind.OTHER)).hasMessageContaining("steering.error.point-passed");
        assertThat(groups.addDecisionPoint(groupId, project.id(), Phase.CONTRACT, DecisionKind.AWARD_APPROVAL)
                .projects().getFirst().decisionPoints()).hasSize(2);
        users.login(SECRETARY, SKI);
        ProjectSummary p = project;
        for (int i = 0; i < 2; i++) {
            p = projects.advancePhase(p.id(), p.version(), "");
        }
        assertThat(p.phase()).isEqualTo(Phase.REQUIREMENT_SPECIFICATION);
        ProjectSummary ready = p;
        assertThatThrownBy(() -> projects.advancePhase(ready.id(), ready.version(), ""))
                .hasMessageContaining("steering.gate.NEEDS_ANALYSIS_APPROVAL");
        PaperForm form = paper("Godkjenning av behovsanalyse for senger", false, "");
        PaperView paper = papers.create(groupId, new PaperForm(form.addressedTo(), form.from(), form.date(), false, "",
                form.title(), form.summary(), "", "", "", "", "", "", "", List.of("Behovsanalysen godkjennes."),
                project.id(), DecisionKind.NEEDS_ANALYSIS_APPROVAL));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-11-10T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), paper.id());
        meetings.decide(m.id(), paper.id(), null, new DecisionForm(null, "Godkjent.", LocalDate.of(2026, 11, 10),
                "Ola Nilsen", ""));
        assertThat(projects.advancePhase(ready.id(), ready.version(), "").phase()).isEqualTo(Phase.TENDER);
        assertThat(groups.details(groupId).projects()).singleElement()
                .satisfies(o -> assertThat(o.decisionPoints()).filteredOn(x -> x.kind()
                        == DecisionKind.NEEDS_ANALYSIS_APPROVAL).singleElement()
                        .satisfies(x -> assertThat(x.met()).isTrue()));
        // a later meeting that withdraws the approval closes the point again
        MeetingDetails later = meetings.plan(groupId, Instant.parse("2026-11-30T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(later.id(), paper.id());
        meetings.decide(later.id(), paper.id(), null, new DecisionForm(DecisionKind.OTHER, "Godkjenningen trekkes.",
                LocalDate.of(2026, 11, 30), "Ola Nilsen", ""));
        assertThat(groups.details(groupId).projects()).singleElement()
                .satisfies(o -> assertThat(o.decisionPoints()).noneMatch(OverseenProject.DecisionPointRow::met));
        // an approval recorded afterwards for a meeting in between does not outrank the later withdrawal
        MeetingDetails between = meetings.plan(groupId, Instant.parse("2026-11-20T09:00:00Z"), "Teams");
        meetings.placeOnAgenda(between.id(), paper.id());
        meetings.decide(between.id(), paper.id(), null, new DecisionForm(DecisionKind.NEEDS_ANALYSIS_APPROVAL,
                "Godkjent igjen.", LocalDate.of(2026, 11, 20), "Ola Nilsen", ""));
        assertThat(groups.details(groupId).projects()).singleElement()
                .satisfies(o -> assertThat(o.decisionPoints()).noneMatch(OverseenProject.DecisionPointRow::met));
    }

    @Test
    void the_package_is_an_archived_pdf_a_with_the_papers_and_a_new_version_never_replaces_an_old_one()
            throws Exception {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperForm form = paper("Nasjonal porteføljestyring – målbilde", false, "");
        // text that starts with ¤ is the user's text, never taken for a page number
        PaperView open = papers.create(groupId, new PaperForm(form.addressedTo(), form.from(), form.date(), false, "",
                form.title(), "¤ 2 mill. kroner i året.", form.background(), "", "", "", "", "", "",
                form.proposal(), null, DecisionKind.OTHER));
        PaperView exempt = papers.create(groupId, paper("Forhandlingsstrategi for sengeavtalen", true,
                "offentleglova § 23"));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-17T08:00:00Z"), "Sykehusinnkjøp, Vadsø");
        meetings.placeOnAgenda(m.id(), open.id());
        meetings.placeOnAgenda(m.id(), exempt.id());
        assertThatThrownBy(() -> papers.attach(open.id(), "makro.exe", new byte[] {1}))
                .hasMessageContaining("upload.error.type");
        assertThatThrownBy(() -> papers.attach(open.id(), "../målbilde.pdf", new byte[] {1}))
                .hasMessageContaining("upload.error.name");
        papers.attach(open.id(), "Målbilde akuttkjeden.pdf", "%PDF-1.4 målbilde".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        long strategy = papers.attach(exempt.id(), "Strategi.docx", new byte[] {1, 2, 3}).getFirst().id();
        Locale nb = Locale.of("nb");
        Translator t = Translator.of(nb, (l, key, args) -> i18n.getTranslation(key, l, args));
        PackageRow first = packages.generate(m.id(), t);
        byte[] pdf = packages.download(first.id());
        assertThat(no.samspill.platform.Sha256.hex(pdf)).isEqualTo(first.sha256());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "package-test.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Vedlegg", "Målbilde akuttkjeden.pdf", "Strategi.docx",
                    "¤ 2 mill. kroner i året.");
            assertThat(text).contains("Nasjonal porteføljestyring – målbilde", "Forhandlingsstrategi for sengeavtalen",
                    open.number(), exempt.number(), "offentleglova § 23", "Sykehusinnkjøp, Vadsø");
            assertThat(doc.getDocumentCatalog().getMetadata()).isNotNull();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("2");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            // cover, contents, agenda, one page per paper, decisions: the contents give each paper's page
            assertThat(doc.getNumberOfPages()).isEqualTo(6);
            assertThat(page(doc, 2)).containsPattern("Saksliste\\s+3")
                    .containsPattern("målbilde\\s+4").containsPattern("sengeavtalen \\(unntatt offentlighet\\)\\s+5")
                    .containsPattern("Vedtak som skal fattes\\s+6");
            // an exempt title is never printed without its marking: not in the contents, not on the agenda
            assertThat(page(doc, 2)).contains("UNNTATT OFFENTLIGHET – offentleglova § 23");
            assertThat(page(doc, 3)).contains("UNNTATT OFFENTLIGHET – offentleglova § 23",
                    "sengeavtalen (unntatt offentlighet)");
            assertThat(page(doc, 6)).contains("UNNTATT OFFENTLIGHET – offentleglova § 23");
            // the exempt paper's pages carry the marking and its legal basis; the open paper's do not
            assertThat(page(doc, 5)).contains("UNNTATT OFFENTLIGHET – offentleglova § 23", "æøå ÆØÅ");
            assertThat(page(doc, 4)).doesNotContain("UNNTATT OFFENTLIGHET");
            // the version on the cover and in every page's footer: a printed page tells which package it is from
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(page(doc, p)).as("page %d", p).contains("Versjon 1");
            }
        }
        // veraPDF: the package conforms to PDF/A-2a (accessible: tagged, with a language and embedded fonts)
        assertThat(PdfAConformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isEmpty();
        PackageRow second = packages.generate(m.id(), t);
        assertThat(second.number()).isEqualTo(2);
        assertThat(packages.packages(m.id())).extracting(PackageRow::number).containsExactly(2, 1);
        assertThat(no.samspill.platform.Sha256.hex(packages.download(first.id()))).isEqualTo(first.sha256());

        // the admin who is no member sees the meeting, but neither the exempt paper nor its package
        users.login(TestUsers.SKI_ADMIN);
        assertThat(papers.papers(groupId)).filteredOn(PaperSummary::exempt).singleElement()
                .satisfies(s -> assertThat(s.title()).isNull());
        assertThatThrownBy(() -> papers.view(exempt.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> packages.download(first.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> papers.attachment(strategy)).isInstanceOf(NotFoundException.class);
        assertThat(papers.attachments(open.id())).extracting(AttachmentRow::fileName)
                .containsExactly("Målbilde akuttkjeden.pdf");
        assertThatThrownBy(() -> packages.generate(m.id(), t)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_decisions_page_prints_a_long_paper_title_whole() throws Exception {
        long groupId = group();
        users.login(SECRETARY, SKI);
        StringBuilder title = new StringBuilder("Godkjenning av behovsanalysen");
        String[] words = {"for", "nasjonal", "avtale", "om", "behandlingshjelpemidler", "til", "sykehusene", "i",
                "alle", "fire", "regioner,", "med", "vekt", "på", "universell", "utforming", "og", "miljøkrav"};
        for (int i = 0; title.length() + words[i % words.length].length() + 1 <= SteeringRules.PAPER_TITLE_MAX; i++) {
            title.append(' ').append(words[i % words.length]);
        }
        assertThat(title.length()).isGreaterThan(280);
        PaperView p = papers.create(groupId, paper(title.toString(), false, ""));
        MeetingDetails m = meetings.plan(groupId, Instant.parse("2026-12-18T08:00:00Z"), "Teams");
        meetings.placeOnAgenda(m.id(), p.id());
        Locale nb = Locale.of("nb");
        PackageRow row = packages.generate(m.id(), Translator.of(nb,
                (l, key, args) -> i18n.getTranslation(key, l, args)));
        try (PDDocument doc = Loader.loadPDF(packages.download(row.id()))) {
            String decisions = page(doc, doc.getNumberOfPages());
            assertThat(decisions).contains("Vedtak som skal fattes", "Saken tas til orientering.");
            assertThat(decisions.replaceAll("\\s+", " "))
                    .contains("Sak " + p.number() + " " + title.toString().replaceAll("\\s+", " "));
        }
    }

    @Test
    void outsiders_never_reach_a_steering_group() {
        long groupId = group();
        users.login(SECRETARY, SKI);
        PaperView p = papers.create(groupId, paper("Intern sak", false, ""));
        MeetingDetails meeting = meetings.plan(groupId, Instant.parse("2027-02-01T09:00:00Z"), "Teams");
        for (String outsider : new String[] {TestUsers.HSO_ADMIN, TestUsers.RM_ADMIN}) {
            users.login(outsider);
            assertThat(groups.groups()).extracting(SteeringGroupSummary::id).doesNotContain(groupId);
            assertThatThrownBy(() -> groups.details(groupId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> papers.view(p.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> meetings.details(meeting.id())).isInstanceOf(NotFoundException.class);
        }
        // the list is refused for the role; one group, paper or meeting is not found, as for a missing id
        users.login(TestUsers.MEDTRONIC_ADMIN);
        assertThatThrownBy(() -> groups.groups()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> groups.details(groupId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> papers.view(p.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.details(meeting.id())).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> papers.view(p.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.details(meeting.id())).isInstanceOf(NotFoundException.class);
    }

    private static String page(PDDocument doc, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** A fresh group of Sykehusinnkjøp: its admin sets it up, Lars Hansen is its secretary. */
    private long group() {
        users.login(TestUsers.SKI_ADMIN);
        SteeringGroupDetails g = groups.create("Styringsgruppe " + UUID.randomUUID(),
                new Mandate("Følger opp nasjonale avtaler.", "Styret", "Styre", null, null, null));
        long lars = groups.memberOptions().stream().filter(c -> c.email().equals(SECRETARY)).findFirst()
                .orElseThrow().userId();
        groups.addMember(g.id(), lars, SteeringRole.SECRETARY, LocalDate.of(2026, 1, 1));
        return g.id();
    }

    static PaperForm paper(String title, boolean exempt, String basis) {
        return new PaperForm("Styringsgruppen", "Porteføljekontoret", LocalDate.of(2026, 11, 20), exempt, basis,
                title, "Kort om saken: **æøå** ÆØÅ.", "Bakgrunn.", "", "", "Vurdering.", "", "", "",
                List.of("Saken tas til orientering.", "Porteføljekontoret følger opp."), null, DecisionKind.OTHER);
    }
}

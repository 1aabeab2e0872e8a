package no.samspill.referencegroup;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samspill.platform.Mandate;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.procurement.Category;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ReviewServiceTest {

    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static final String AHUS = "klinikker.ahus@helse-sorost.demo";
    static final String V1 = """
            # 1 Bakgrunn
            Dagens pumper er fra 2019.

            ## 1.1 Vekt [SKAL]
            Pumpen skal veie under 100 gram.

            ## 1.2 Batteri [BØR]
            Batteriet bør vare i minst 7 dager.
            """;
    static final String V2 = """
            # 1 Bakgrunn
            Dagens pumper er fra 2019.

            ## 1.1 Vekt [SKAL]
            Pumpen skal veie under 80 gram med batteri.

            ## 1.2 Batteri [BØR]
            Batteriet bør vare i minst 7 dager.

            ## 1.3 Opplæring
            Leverandøren skal lære opp sykepleiere.
            """;

    @Autowired
    GroupService groups;

    @Autowired
    ReviewDocumentService documents;

    @Autowired
    ReviewCommentService comments;

    @Autowired
    CommentLogService log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Test
    void the_demo_reference_group_reviews_a_needs_analysis_in_two_versions() throws Exception {
        users.login(TestUsers.HSO_MEMBER);
        long groupId = groups.groups("", 0, 500).stream().filter(g -> g.name().equals("Referansegruppe insulinpumper og CGM"))
                .findFirst().orElseThrow().id();
        DocumentSummary doc = documents.documents(groupId).stream()
                .filter(d -> d.title().equals("Behovsanalyse insulinpumper og CGM")).findFirst().orElseThrow();
        assertThat(doc.currentVersion()).isEqualTo(2);
        assertThat(doc.state()).isEqualTo(ReviewState.OPEN);
        ReviewPage page = documents.page(doc.id(), 0);
        assertThat(page.sections()).filteredOn(s -> s.change() != SectionChange.UNCHANGED)
                .extracting(SectionRow::number).containsExactly("2.1", "3.1", "3.5");
        assertThat(documents.comments(doc.id(), 0)).filteredOn(c -> !c.isReply()).extracting(CommentRow::disposition)
                .containsExactlyInAnyOrder(Disposition.PARTLY_ACCEPTED, Disposition.ACCEPTED, Disposition.REJECTED,
                        null);
        assertThat(documents.comments(doc.id(), 0)).filteredOn(CommentRow::onBehalfOfUnit).extracting(CommentRow::unit)
                .containsExactlyInAnyOrder("Oslo universitetssykehus HF", "Akershus universitetssykehus HF");
        // Kari commented on version 1 only, so the second version waits for her
        assertThat(documents.waitingForMe()).extracting(WaitingDocument::documentId).contains(doc.id());
        // the demo's comment log, in Norwegian, kept for a look at the PDF (target/reports/)
        byte[] pdf = log.pdf(doc.id(), Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args)))
                .bytes();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "comment-log-demo.pdf"), pdf);
    }

    @Test
    void a_member_comments_for_the_health_trust_and_the_lead_disposes_with_a_reason() throws Exception {
        Fixture f = fixture();
        users.login(TestUsers.HSO_MEMBER);
        assertThat(documents.waitingForMe()).extracting(WaitingDocument::documentId).contains(f.documentId);
        ReviewPage page = documents.page(f.documentId, 0);
        assertThat(page.canComment()).isTrue();
        assertThat(page.myUnit()).isEqualTo("Oslo universitetssykehus HF");
        assertThat(page.sections()).extracting(SectionRow::number).containsExactly("1", "1.1", "1.2");
        assertThat(page.sections().get(1).requirement()).isEqualTo(Requirement.MUST);
        long weight = page.sections().get(1).id();
        assertThatThrownBy(() -> comments.comment(f.documentId, weight, "   ", false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("review.error.comment-empty");
        assertThatThrownBy(() -> comments.comment(f.documentId, weight, "x".repeat(5001), false))
                .hasMessageContaining("review.error.comment-long");
        CommentRow c = comments.comment(f.documentId, weight, "100 gram er for strengt for barn.", true);
        assertThat(c.unit()).isEqualTo("Oslo universitetssykehus HF");
        assertThat(c.onBehalfOfUnit()).isTrue();
        assertThat(documents.waitingForMe()).extracting(WaitingDocument::documentId).doesNotContain(f.documentId);
        // members do not dispose
        assertThatThrownBy(() -> comments.dispose(c.id(), c.version(), Disposition.ACCEPTED, ""))
                .isInstanceOf(ForbiddenException.class);

        users.login(TestUsers.HSO_LEAD);
        CommentRow reply = comments.reply(c.id(), "Gjelder dette også voksne?");
        assertThat(reply.parentId()).isEqualTo(c.id());
        assertThatThrownBy(() -> comments.dispose(reply.id(), reply.version(), Disposition.NOTED, ""))
                .hasMessageContaining("review.error.dispose-reply");
        assertThatThrownBy(() -> comments.dispose(c.id(), c.version(), Disposition.REJECTED, " "))
                .hasMessageContaining("review.error.reason");
        CommentRow disposed = comments.dispose(c.id(), c.version(), Disposition.PARTLY_ACCEPTED,
                "Kravet endres til 80 gram for barnepumper.");
        // a second lead working from the old version is told, and the first disposition stays
        assertThatThrownBy(() -> comments.dispose(c.id(), c.version(), Disposition.REJECTED, "Nei."))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("review.error.stale-disposition");
        CommentRow again = comments.dispose(disposed.id(), disposed.version(), Disposition.ACCEPTED, "");
        assertThat(again.disposition()).isEqualTo(Disposition.ACCEPTED);

        users.login(AHUS);
        ReviewPage seen = documents.page(f.documentId, 0);
        assertThat(documents.comments(f.documentId, 0)).extracting(CommentRow::body).contains("100 gram er for strengt for barn.",
                "Gjelder dette også voksne?");
        assertThat(documents.comments(f.documentId, 0)).filteredOn(r -> r.id() == c.id()).singleElement()
                .satisfies(r -> assertThat(r.disposition()).isEqualTo(Disposition.ACCEPTED));
        assertThat(seen.document().withoutDisposition()).isZero();

        users.login(TestUsers.HSO_LEAD);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        log.xlsx(f.documentId, ZoneId.of("Europe/Oslo"), Translator.of(Locale.of("nb"), (l, key, args) -> key))
                .writeTo(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("1.1 Vekt");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("100 gram er for strengt for barn.");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Oslo universitetssykehus HF");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("review.disposition.ACCEPTED");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Gjelder dette også voksne?");
        }
        byte[] pdf = log.pdf(f.documentId, Translator.of(Locale.of("nb"),
                (l, key, args) -> key.equals("review.disposition.ACCEPTED") ? "Godtatt" : key)).bytes();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("1.1 Vekt", "100 gram er for strengt for barn.", "Oslo universitetssykehus HF",
                "Godtatt", "Gjelder dette også voksne?");
    }

    @Test
    void a_new_version_shows_what_changed_and_comments_stay_on_their_version() {
        Fixture f = fixture();
        users.login(TestUsers.HSO_MEMBER);
        ReviewPage v1 = documents.page(f.documentId, 0);
        long weightV1 = v1.sections().get(1).id();
        long batteryV1 = v1.sections().get(2).id();
        comments.comment(f.documentId, weightV1, "For strengt.", false);
        comments.comment(f.documentId, batteryV1, "7 dager er greit.", false);

        users.login(TestUsers.HSO_LEAD);
        DocumentSummary doc = documents.page(f.documentId, 0).document();
        assertThat(documents.currentMarkdown(f.documentId)).contains("## 1.1 Vekt [MUST]");
        documents.publishVersion(f.documentId, doc.version(), V2, "Vekt endret etter innspill", doc.opensOn(),
                doc.closesOn());

        users.login(TestUsers.HSO_MEMBER);
        ReviewPage v2 = documents.page(f.documentId, 0);
        assertThat(v2.viewedVersion()).isEqualTo(2);
        assertThat(v2.sections()).extracting(SectionRow::change).containsExactly(SectionChange.UNCHANGED,
                SectionChange.CHANGED, SectionChange.UNCHANGED, SectionChange.ADDED);
        assertThat(documents.comments(f.documentId, 0)).extracting(CommentRow::body, CommentRow::documentVersion, CommentRow::changedSince)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("For strengt.", 1, true),
                        org.assertj.core.groups.Tuple.tuple("7 dager er greit.", 1, false));
        List<SectionDiff> diff = documents.diff(f.documentId, 2);
        SectionDiff weight = diff.stream().filter(d -> d.number().equals("1.1")).findFirst().orElseThrow();
        assertThat(weight.body()).contains(new DiffSegment(DiffSegment.Kind.REMOVED, "100"),
                new DiffSegment(DiffSegment.Kind.ADDED, "80"));
        assertThat(diff).filteredOn(d -> d.number().equals("1.3")).singleElement()
                .satisfies(d -> assertThat(d.change()).isEqualTo(SectionChange.ADDED));
        // the old version still reads as it was, and takes no new comments
        ReviewPage old = documents.page(f.documentId, 1);
        assertThat(old.sections().get(1).body()).contains("100 gram");
        assertThat(old.canComment()).isFalse();
        assertThatThrownBy(() -> comments.comment(f.documentId, weightV1, "Enda en.", false))
                .hasMessageContaining("review.error.old-version");
        CommentRow onV2 = comments.comment(f.documentId, v2.sections().get(1).id(), "80 gram er bra.", false);
        assertThat(documents.comments(f.documentId, 1)).extracting(CommentRow::id).doesNotContain(onV2.id());
    }

    @Test
    void a_review_takes_comments_only_inside_its_window() {
        Fixture f = fixture();
        users.login(TestUsers.HSO_LEAD);
        LocalDate today = groups.today();
        assertThatThrownBy(() -> documents.publish(f.groupId, new DocumentForm("For sent", DocumentKind.OTHER,
                today.minusDays(10), today.minusDays(1)), V1)).hasMessageContaining("review.error.closes-past");
        assertThatThrownBy(() -> documents.publish(f.groupId, new DocumentForm("Bak fram", DocumentKind.OTHER,
                today.plusDays(5), today.plusDays(1)), V1)).hasMessageContaining("review.error.window");
        assertThatThrownBy(() -> documents.publish(f.groupId, new DocumentForm("Uten overskrifter",
                DocumentKind.OTHER, today, today.plusDays(1)), "Bare tekst")).hasMessageContaining(
                "review.error.no-headings");
        DocumentSummary later = documents.publish(f.groupId, new DocumentForm("Senere", DocumentKind.OTHER,
                today.plusDays(3), today.plusDays(10)), V1);
        users.login(TestUsers.HSO_MEMBER);
        long section = documents.page(later.id(), 0).sections().getFirst().id();
        assertThatThrownBy(() -> comments.comment(later.id(), section, "Tidlig.", false))
                .hasMessageContaining("review.error.not-open");
        assertThat(documents.waitingForMe()).extracting(WaitingDocument::documentId).doesNotContain(later.id());

        // the window of the fixture's document closes (as if time passed): read only from then on
        long first = documents.page(f.documentId, 0).sections().getFirst().id();
        CommentRow c = comments.comment(f.documentId, first, "Rakk det.", false);
        jdbc.update("UPDATE review_document SET opens_on = ?, closes_on = ? WHERE id = ?", today.minusDays(10),
                today.minusDays(1), f.documentId);
        ReviewPage closed = documents.page(f.documentId, 0);
        assertThat(closed.document().state()).isEqualTo(ReviewState.CLOSED);
        assertThat(closed.canComment()).isFalse();
        assertThatThrownBy(() -> comments.comment(f.documentId, first, "For sent.", false))
                .hasMessageContaining("review.error.closed");
        assertThatThrownBy(() -> comments.reply(c.id(), "For sent.")).hasMessageContaining("review.error.closed");
        // the lead still disposes after the window has closed
        users.login(TestUsers.HSO_LEAD);
        assertThat(comments.dispose(c.id(), c.version(), Disposition.NOTED, "").disposition())
                .isEqualTo(Disposition.NOTED);
    }

    @Test
    void the_lead_extends_or_closes_a_review_and_members_then_only_read() {
        Fixture f = fixture();
        users.login(TestUsers.HSO_LEAD);
        DocumentSummary d = documents.page(f.documentId, 0).document();
        LocalDate today = groups.today();
        assertThatThrownBy(() -> documents.changeWindow(f.documentId, d.version(), today.minusDays(5),
                today.minusDays(1))).hasMessageContaining("review.error.closes-past");
        DocumentSummary extended = documents.changeWindow(f.documentId, d.version(), d.opensOn(), today.plusDays(30));
        assertThat(extended.closesOn()).isEqualTo(today.plusDays(30));
        assertThatThrownBy(() -> documents.closeNow(f.documentId, d.version()))
                .isInstanceOf(ConcurrentEditException.class);
        DocumentSummary closed = documents.closeNow(f.documentId, extended.version());
        assertThat(closed.state()).isEqualTo(ReviewState.CLOSED);
        assertThatThrownBy(() -> documents.closeNow(f.documentId, closed.version()))
                .hasMessageContaining("review.error.closed");
        users.login(TestUsers.HSO_MEMBER);
        long section = documents.page(f.documentId, 0).sections().getFirst().id();
        assertThatThrownBy(() -> comments.comment(f.documentId, section, "For sent.", false))
                .hasMessageContaining("review.error.closed");
        assertThatThrownBy(() -> documents.closeNow(f.documentId, closed.version()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void outsiders_never_see_a_review_and_former_members_keep_only_what_they_wrote() {
        Fixture f = fixture();
        users.login(TestUsers.HSO_MEMBER);
        long section = documents.page(f.documentId, 0).sections().getFirst().id();
        CommentRow mine = comments.comment(f.documentId, section, "Min kommentar.", false);
        users.login(AHUS);
        comments.comment(f.documentId, section, "Ahus sin kommentar.", true);
        comments.reply(mine.id(), "Enig med OUS.");

        users.login(TestUsers.HSO_LEAD);
        DocumentSummary other = documents.publish(f.groupId, new DocumentForm("Kravspesifikasjon " + UUID.randomUUID(),
                DocumentKind.REQUIREMENT_SPECIFICATION, groups.today(), groups.today().plusDays(7)), V1);
        MemberRow kari = groups.details(f.groupId).members().stream().filter(m -> m.unitName() != null
                && m.unitName().startsWith("Oslo")).findFirst().orElseThrow();
        // version 1 came out days ago; Kari left yesterday, and version 2 comes out today
        jdbc.update("UPDATE review_version SET published_at = ? WHERE document_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))), f.documentId);
        groups.endMembership(kari.id(), kari.version(), groups.today().minusDays(1));
        DocumentSummary current = documents.page(f.documentId, 0).document();
        documents.publishVersion(f.documentId, current.version(), V2, "", current.opensOn(), current.closesOn());
        // a lead who is no member answers in threads but does not comment as a member
        assertThatThrownBy(() -> comments.comment(f.documentId, section, "Som leder.", false))
                .hasMessageContaining("review.error.lead-comments");

        users.login(TestUsers.HSO_MEMBER);
        assertThat(documents.documents(f.groupId)).extracting(DocumentSummary::id).containsExactly(f.documentId);
        ReviewPage former = documents.page(f.documentId, 0);
        assertThat(documents.comments(f.documentId, 0)).extracting(CommentRow::body).containsExactlyInAnyOrder("Min kommentar.",
                "Enig med OUS.");
        // what was published after she left stays hidden
        assertThat(former.viewedVersion()).isEqualTo(1);
        assertThat(former.versions()).extracting(VersionInfo::number).containsExactly(1);
        assertThat(documents.diff(f.documentId, 2)).isEmpty();
        assertThat(former.canComment()).isFalse();
        assertThat(former.canReply()).isFalse();
        assertThatThrownBy(() -> comments.comment(f.documentId, section, "Igjen.", false))
                .hasMessageContaining("review.error.not-member");
        assertThatThrownBy(() -> documents.page(other.id(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(documents.waitingForMe()).extracting(WaitingDocument::documentId).doesNotContain(other.id());

        for (String outsider : new String[] {TestUsers.SKI_ADMIN, TestUsers.RM_ADMIN}) {
            users.login(outsider);
            assertThatThrownBy(() -> documents.page(f.documentId, 0)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> documents.documents(f.groupId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.reply(mine.id(), "Hei.")).isInstanceOf(NotFoundException.class);
        }
        for (String supplier : new String[] {TestUsers.MEDTRONIC_USER, TestUsers.MEDTRONIC_ADMIN}) {
            users.login(supplier);
            // not found, as for a missing id: a supplier must not learn that the document exists
            assertThatThrownBy(() -> documents.page(f.documentId, 0)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.comment(f.documentId, section, "Hei.", false))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> comments.reply(mine.id(), "Hei.")).isInstanceOf(NotFoundException.class);
            assertThat(documents.waitingForMe()).isEmpty();
        }
        // a member of the tenant outside the group sees nothing either
        users.login("klinikker.innlandet@helse-sorost.demo");
        assertThatThrownBy(() -> documents.page(f.documentId, 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.dispose(mine.id(), mine.version(), Disposition.NOTED, ""))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void imported_files_are_checked_and_give_markdown_for_the_editor() throws Exception {
        users.login(TestUsers.HSO_LEAD);
        byte[] docx = DocxToMarkdownTest.docx(doc -> {
            DocxToMarkdownTest.heading(doc, "Overskrift1", "1 Behov");
            DocxToMarkdownTest.body(doc, "Pasientene trenger <b>mindre</b> pumper.");
        });
        String fromWord = documents.importFile("Behovsanalyse.DOCX", docx);
        assertThat(documents.preview(fromWord)).extracting(SectionDraft::number).containsExactly("1");
        assertThat(fromWord).contains("<b>mindre</b>");
        assertThat(documents.importFile("krav.md", "# 2 Krav\nTekst".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .startsWith("# 2 Krav");
        assertThatThrownBy(() -> documents.importFile("krav.pdf", new byte[] {1, 2}))
                .hasMessageContaining("review.error.file-type");
        assertThatThrownBy(() -> documents.importFile("krav.docx", new byte[0]))
                .hasMessageContaining("review.error.empty-file");
        assertThatThrownBy(() -> documents.importFile("krav.docx", new byte[ReviewDocumentService.MAX_IMPORT_BYTES + 1]))
                .hasMessageContaining("review.error.file-too-big");
        assertThatThrownBy(() -> documents.importFile("krav.md", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("review.error.not-utf8");
        assertThatThrownBy(() -> documents.importFile("krav.docx", "# 1 Ikke Word".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).hasMessageContaining("review.error.not-docx");
    }

    record Fixture(long groupId, long documentId) {
    }

    /** A fresh council with Kari (OUS) and the Ahus clinician, and a needs analysis open for review from today. */
    private Fixture fixture() {
        users.login(TestUsers.HSO_LEAD);
        GroupDetails g = groups.create(new GroupForm(GroupKind.PRODUCT_COUNCIL, "Råd " + UUID.randomUUID(), null,
                Category.BHM, false, new Mandate("", "", "", null, null, null)));
        LocalDate today = groups.today();
        groups.addMember(g.id(), user(TestUsers.HSO_MEMBER), unit("Oslo universitetssykehus HF"), GroupRole.MEMBER,
                today.minusDays(30));
        groups.addMember(g.id(), user(AHUS), unit("Akershus universitetssykehus HF"), GroupRole.MEMBER,
                today.minusDays(30));
        DocumentSummary d = documents.publish(g.id(), new DocumentForm("Behovsanalyse " + UUID.randomUUID(),
                DocumentKind.NEEDS_ANALYSIS, today, today.plusDays(14)), V1);
        return new Fixture(g.id(), d.id());
    }

    private long user(String email) {
        return groups.memberOptions().stream().filter(c -> c.email().equals(email)).findFirst().orElseThrow()
                .userId();
    }

    private long unit(String name) {
        return groups.unitOptions().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }
}

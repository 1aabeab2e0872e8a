package no.samspill.marketdialogue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import no.samspill.audit.AuditLogService;
import no.samspill.platform.i18n.Translator;
import no.samspill.platform.text.Formats;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.samspill.support.Views.selectTab;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the equal-treatment ledger and the audit log showed meeting times and timestamps in raw UTC. They show
 * them in the tenant's zone with the zone named, in the reader's language.
 */
class ZoneNamedTimesTest extends KaribuTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Locale NB = Locale.of("nb", "NO");

    @Autowired
    DialogueFixture fixture;
    @Autowired
    ResponseService responses;
    @Autowired
    MeetingService meetings;
    @Autowired
    AuditLogService audit;
    @Autowired
    DialogueExportService exports;

    @Test
    void the_ledger_shows_a_booked_meetings_time_and_every_entrys_time_in_the_buyers_zone_with_the_zone_named() {
        DialogueFixture.Built d = fixture.published("Sonetider " + java.util.UUID.randomUUID(), "Medtronic");
        LocalDateTime start = LocalDate.now(OSLO).plusDays(3).atTime(LocalTime.of(10, 0));
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), start, 30, "Teams").getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());

        loginAndOpen(TestUsers.HSO_LEAD, "dialogues/" + d.dialogueId());
        selectTab(t("dialogue.tab.ledger"));
        @SuppressWarnings("unchecked")
        Grid<LedgerRow> ledger = _get(Grid.class, s -> s.withId("ledger"));
        int booked = IntStream.range(0, _size(ledger)).filter(i -> _get(ledger, i).kind() == LedgerKind.MEETING_BOOKED)
                .findFirst().orElseThrow();
        List<String> cells = _getFormattedRow(ledger, booked);
        String meetingTime = Formats.dateTimeZoned(slot.startsAt(), OSLO, UI.getCurrent().getLocale());
        assertThat(cells).contains(meetingTime).noneMatch(c -> c.matches(".*\\d{4}-\\d{2}-\\d{2}T.*"));
        assertThat(cells.getFirst()).isEqualTo(Formats.dateTimeZoned(_get(ledger, booked).occurredAt(), OSLO,
                UI.getCurrent().getLocale())).matches(".* CES?T");
    }

    @Test
    void the_ledger_export_shows_a_booked_meetings_time_in_the_buyers_zone_with_the_zone_named() throws Exception {
        DialogueFixture.Built d = fixture.published("Sonetider eksport " + java.util.UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDate.now(OSLO).plusDays(4).atTime(LocalTime.of(9, 30)),
                30, "Teams").getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        users.login(TestUsers.HSO_LEAD);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.ledgerXlsx(d.dialogueId(), OSLO, Translator.of(NB, (l, key, args) -> key)).writeTo(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> summaries = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (LedgerKind.MEETING_BOOKED.labelKey().equals(sheet.getRow(i).getCell(1).getStringCellValue())) {
                    summaries.add(sheet.getRow(i).getCell(4).getStringCellValue());
                }
            }
            assertThat(summaries).containsExactly(Formats.dateTimeZoned(slot.startsAt(), OSLO, NB));
        }
    }

    @Test
    void the_supplier_reads_the_buyers_deadline_and_meeting_times_with_the_zone_named() {
        DialogueFixture.Built d = fixture.published("Sonetider leverandør " + java.util.UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDate.now(OSLO).plusDays(5).atTime(LocalTime.of(13, 0)),
                45, "Teams").getFirst();

        loginAndOpen(TestUsers.MEDTRONIC_USER, "market-dialogues");
        @SuppressWarnings("unchecked")
        Grid<SupplierDialogueRow> list = _get(Grid.class, s -> s.withId("supplier-dialogues"));
        int row = IntStream.range(0, _size(list)).filter(i -> _get(list, i).dialogueId() == d.dialogueId())
                .findFirst().orElseThrow();
        SupplierDialogueRow r = _get(list, row);
        assertThat(_getFormattedRow(list, row)).anyMatch(c -> c.startsWith(
                Formats.dateTimeZoned(r.deadline(), r.buyerZone(), UI.getCurrent().getLocale())));

        UI.getCurrent().navigate("market-dialogues/" + d.dialogueId());
        selectTab(t("respond.tab.meeting"));
        assertThat(_find(Span.class)).extracting(Span::getText).anyMatch(text -> text.startsWith(
                Formats.dateTimeZoned(slot.startsAt(), OSLO, UI.getCurrent().getLocale())));
    }

    @Test
    void the_supplier_reads_when_the_response_was_submitted_with_the_buyers_zone_named() {
        DialogueFixture.Built d = fixture.published("Innsendt med sone " + java.util.UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Vårt svar"));
        java.time.Instant submitted = responses.submit(d.dialogueId()).form().submittedAt();

        loginAndOpen(TestUsers.MEDTRONIC_USER, "market-dialogues/" + d.dialogueId());
        assertThat(_find(Span.class)).extracting(Span::getText).contains(UI.getCurrent().getTranslation(
                "respond.submitted-at", Formats.dateTimeZoned(submitted, OSLO, UI.getCurrent().getLocale())));
    }

    @Test
    void ledger_lines_stored_before_show_their_utc_or_stamped_times_in_the_buyers_zone() {
        Instant nine = Instant.parse("2026-12-09T09:00:00Z");
        String shown = Formats.dateTimeZoned(nine, OSLO, NB);
        assertThat(LedgerText.summary(row(LedgerKind.MEETING_BOOKED, "2026-12-09T09:00:00Z"), OSLO, NB))
                .isEqualTo(shown).endsWith("CET");
        assertThat(LedgerText.summary(row(LedgerKind.MEETING_OFFERED, "2026-12-09 10:00, Teams"), OSLO, NB))
                .isEqualTo(shown + ", Teams");
        assertThat(LedgerText.summary(row(LedgerKind.DEADLINE_CHANGED, "2026-12-09 10:00 → 2026-12-16 10:00"),
                OSLO, NB)).isEqualTo(shown + " → " + Formats.dateTimeZoned(nine.plusSeconds(7 * 86_400), OSLO, NB));
        // a supplier's own words are never taken for a time
        assertThat(LedgerText.summary(row(LedgerKind.QUESTION_RECEIVED, "Møte 2026-12-09 10:00?"), OSLO, NB))
                .isEqualTo("Møte 2026-12-09 10:00?");
    }

    @Test
    void the_audit_log_shows_each_time_in_the_tenants_zone_with_the_zone_named() {
        loginAndOpen(TestUsers.HSO_ADMIN, "audit");
        ZoneId zone = audit.timeZone();
        @SuppressWarnings("unchecked")
        Grid<no.samspill.audit.AuditLine> grid = _get(Grid.class);
        assertThat(_size(grid)).isPositive();
        assertThat(_getFormattedRow(grid, 0).getFirst())
                .isEqualTo(Formats.dateTimeZoned(_get(grid, 0).row().occurredAt(), zone, UI.getCurrent().getLocale()))
                .matches(".* CES?T");
    }

    private static LedgerRow row(LedgerKind kind, String summary) {
        return new LedgerRow(Instant.EPOCH, kind, null, true, summary, "Lars Hansen");
    }
}

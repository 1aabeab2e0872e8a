package no.samspill.notifications;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.ClarificationView;
import no.samspill.marketdialogue.DialogueFixture;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.DialogueSummary;
import no.samspill.marketdialogue.MeetingService;
import no.samspill.marketdialogue.QuestionForm;
import no.samspill.marketdialogue.QuestionType;
import no.samspill.marketdialogue.QuestionnaireService;
import no.samspill.marketdialogue.ResponseService;
import no.samspill.marketdialogue.SlotView;
import no.samspill.support.NoticeRows;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.samspill.support.NoticeRows.recipients;
import static org.assertj.core.api.Assertions.assertThat;

/** Each market-dialogue notice kind: who is told, who is not, and that no text says which supplier did what. */
@SamspillSpringTest
class DialogueNoticesTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    DialogueService dialogues;
    @Autowired
    QuestionnaireService questionnaire;
    @Autowired
    ClarificationService clarifications;
    @Autowired
    MeetingService meetings;
    @Autowired
    ResponseService responses;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void invited_suppliers_users_are_told_and_an_uninvited_supplier_and_the_inviting_buyer_are_not() {
        String title = "Invitert " + UUID.randomUUID();
        DialogueFixture.Built d = fixture.published(title, "Medtronic");
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "dialogue-invited", d.dialogueId());
        assertThat(recipients(rows)).contains(id(TestUsers.MEDTRONIC_USER))
                .doesNotContain(id(TestUsers.GE_USER), id(TestUsers.HSO_LEAD));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.route()).isEqualTo("market-dialogues/" + d.dialogueId());
            assertThat(r.args()).containsExactly(title);
        });

        // a supplier invited after publication is told too, and the first one is not told again
        users.login(TestUsers.HSO_LEAD);
        dialogues.invite(d.dialogueId(), java.util.Set.of(fixture.supplierTenant("GE Healthcare")));
        awaitRecipient("dialogue-invited", d.dialogueId(), TestUsers.GE_USER);
        assertThat(NoticeRows.of(jdbc, "dialogue-invited", d.dialogueId()))
                .filteredOn(r -> r.recipient() == id(TestUsers.MEDTRONIC_USER)).hasSize(1);
    }

    @Test
    void a_published_answer_is_told_to_all_participants_and_buyers_without_saying_who_asked() {
        String title = "Avklaring " + UUID.randomUUID();
        DialogueFixture.Built d = fixture.published(title, "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        clarifications.ask(d.dialogueId(), "Kan pumpen leies?");
        users.login(TestUsers.HSO_LEAD);
        ClarificationView asked = clarifications.inbox(d.dialogueId()).getFirst();
        clarifications.publish(d.dialogueId(), asked.id(), asked.version(), "Kan pumpen leies?", "Ja, leie går.");

        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "dialogue-qa-published", d.dialogueId());
        var by = NoticeRows.byRecipient(rows);
        assertThat(by).containsKeys(id(TestUsers.MEDTRONIC_USER), id(TestUsers.GE_USER), id(TestUsers.HSO_ADMIN))
                .doesNotContainKey(id(TestUsers.HSO_LEAD));
        // the asker and the other supplier read the very same words: the title and the number, nothing more
        assertThat(by.get(id(TestUsers.GE_USER)).args()).containsExactly(title, "1")
                .isEqualTo(by.get(id(TestUsers.MEDTRONIC_USER)).args());
        assertThat(rows).allSatisfy(r -> assertThat(String.join(" ", r.args())).doesNotContain("Medtronic"));
        assertThat(by.get(id(TestUsers.GE_USER)).route()).isEqualTo("market-dialogues/" + d.dialogueId());
        assertThat(by.get(id(TestUsers.HSO_ADMIN)).route()).isEqualTo("dialogues/" + d.dialogueId());
    }

    @Test
    void an_extended_deadline_is_told_to_the_participants_with_the_new_deadline() {
        DialogueFixture.Built d = fixture.published("Frist " + UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.HSO_LEAD);
        DialogueSummary s = dialogues.get(d.dialogueId());
        LocalDateTime later = LocalDateTime.now().plusDays(30).withHour(12).withMinute(0).withSecond(0).withNano(0);
        dialogues.extendDeadline(d.dialogueId(), s.version(), later);
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "dialogue-deadline-extended", d.dialogueId());
        assertThat(recipients(rows)).contains(id(TestUsers.MEDTRONIC_USER)).doesNotContain(id(TestUsers.GE_USER),
                id(TestUsers.HSO_LEAD));
        assertThat(rows.getFirst().args().get(1)).isEqualTo(later.toLocalDate() + " 12:00");
    }

    @Test
    void a_changed_questionnaire_is_told_to_the_participants() {
        DialogueFixture.Built d = fixture.published("Skjema " + UUID.randomUUID(), "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        long section = questionnaire.addSection(d.dialogueId(), "Service").getLast().id();
        questionnaire.addQuestion(section, new QuestionForm("Responstid ved feil", QuestionType.FREE_TEXT, 200, null,
                List.of(), false));
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "dialogue-questionnaire-changed", d.dialogueId());
        assertThat(recipients(rows)).contains(id(TestUsers.GE_USER)).doesNotContain(id(TestUsers.MEDTRONIC_USER),
                id(TestUsers.HSO_LEAD));
    }

    @Test
    void a_booked_meeting_is_told_to_the_buyer_and_that_supplier_only() {
        DialogueFixture.Built d = fixture.published("Booking " + UUID.randomUUID(), "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(2).withHour(10), 30, "Teams")
                .getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        List<NoticeRows.Row> booked = NoticeRows.await(jdbc, "dialogue-meeting-booked", d.dialogueId());
        // the supplier's colleague hears of it; the other supplier does not learn who meets the buyer
        assertThat(recipients(booked)).contains(id(TestUsers.HSO_LEAD), id(TestUsers.HSO_ADMIN),
                id(TestUsers.MEDTRONIC_ADMIN)).doesNotContain(id(TestUsers.GE_USER), id(TestUsers.MEDTRONIC_USER));
        assertThat(booked).allSatisfy(r -> assertThat(String.join(" ", r.args())).doesNotContain("Medtronic"));
    }

    @Test
    void a_cancelled_meeting_is_told_to_the_buyer_and_that_supplier_only() {
        DialogueFixture.Built d = fixture.published("Møte " + UUID.randomUUID(), "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(2).withHour(10), 30, "Teams")
                .getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        meetings.cancelBooking(d.dialogueId());
        List<NoticeRows.Row> cancelled = NoticeRows.await(jdbc, "dialogue-meeting-cancelled", d.dialogueId());
        assertThat(recipients(cancelled)).contains(id(TestUsers.HSO_LEAD))
                .doesNotContain(id(TestUsers.GE_USER), id(TestUsers.MEDTRONIC_USER));
        assertThat(cancelled).allSatisfy(r -> assertThat(String.join(" ", r.args())).doesNotContain("Medtronic"));
    }

    @Test
    void published_minutes_are_told_to_all_participants() {
        DialogueFixture.Built d = fixture.published("Referat " + UUID.randomUUID(), "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(2).withHour(10), 30, "Teams")
                .getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        users.login(TestUsers.HSO_LEAD);
        jdbc.update("update meeting_slot set starts_at = utc_timestamp(6) - interval 1 hour where id = ?", slot.id());
        SlotView held = meetings.forBuyer(d.dialogueId()).stream().filter(s -> s.id() == slot.id()).findFirst()
                .orElseThrow();
        meetings.publishMinutes(d.dialogueId(), slot.id(), held.version(), "Privat referat.",
                "En leverandør presenterte en løsning.");
        List<NoticeRows.Row> rows = NoticeRows.await(jdbc, "dialogue-minutes-published", d.dialogueId());
        assertThat(recipients(rows)).contains(id(TestUsers.MEDTRONIC_USER), id(TestUsers.GE_USER))
                .doesNotContain(id(TestUsers.HSO_LEAD));
        assertThat(rows).allSatisfy(r -> assertThat(String.join(" ", r.args())).doesNotContain("Privat"));
    }

    private void awaitRecipient(String kind, long objectId, String email) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> recipients(NoticeRows.of(jdbc, kind, objectId)).contains(id(email)));
    }

    private long id(String email) {
        return NoticeRows.userId(jdbc, email);
    }
}

package no.samspill.marketdialogue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.ValidationException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ClarificationAndMeetingTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    ClarificationService clarifications;
    @Autowired
    MeetingService meetings;
    @Autowired
    ResponseService responses;
    @Autowired
    DialogueService dialogues;
    @Autowired
    TestUsers users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_published_question_naming_a_supplier_in_lower_case_or_without_its_company_form_is_refused() {
        DialogueFixture.Built d = fixture.published("Navnevakt " + java.util.UUID.randomUUID(), "Medtronic",
                "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        clarifications.ask(d.dialogueId(), "Kan pumpen leies?");
        users.login(TestUsers.HSO_LEAD);
        ClarificationView asked = clarifications.inbox(d.dialogueId()).getFirst();
        assertThatThrownBy(() -> clarifications.publish(d.dialogueId(), asked.id(), asked.version(),
                "Kan medtronic sin pumpe leies?", "Ja.")).hasMessageContaining("publish.error.names-supplier");
        // the supplier registered with its company form; the question names it the way people write it
        long medtronic = fixture.supplierTenant("Medtronic");
        jdbc.update("update tenant set name = ? where id = ?", "Medtronic Danmark A/S", medtronic);
        try {
            users.login(TestUsers.HSO_LEAD);
            assertThatThrownBy(() -> clarifications.publish(d.dialogueId(), asked.id(), asked.version(),
                    "Kan MEDTRONICS pumpe leies?", "Ja.")).hasMessageContaining("publish.error.names-supplier")
                    .hasMessageContaining("Medtronic Danmark A/S");
        } finally {
            jdbc.update("update tenant set name = ? where id = ?", "Medtronic", medtronic);
        }
        assertThat(clarifications.publish(d.dialogueId(), asked.id(), asked.version(), "Kan pumpen leies?",
                "Ja, leie er mulig.")).isNotNull();
    }

    @Test
    void a_published_answer_reaches_every_participant_without_the_asker_and_a_private_one_needs_a_reason() {
        DialogueFixture.Built d = fixture.published("Avklaringer", "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        clarifications.ask(d.dialogueId(), "Medtronic lurer på om MiniMed 780G kan tilbys som leie?");
        clarifications.ask(d.dialogueId(), "Kan vi få møte fagpersonene ved OUS?");
        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        assertThat(clarifications.mine(d.dialogueId())).isEmpty();

        users.login(TestUsers.HSO_LEAD);
        List<ClarificationView> inbox = clarifications.inbox(d.dialogueId());
        assertThat(inbox).extracting(ClarificationView::supplierName).containsOnly("Medtronic");
        ClarificationView first = inbox.getFirst();
        ClarificationView second = inbox.get(1);
        assertThatThrownBy(() -> clarifications.publish(d.dialogueId(), first.id(), first.version(),
                "Medtronic lurer på om pumpen kan leies?", "Ja.")).hasMessageContaining("publish.error.names-supplier");
        clarifications.publish(d.dialogueId(), first.id(), first.version(),
                "Kan pumpen tilbys som leie?", "Ja, leie er et aktuelt alternativ.");
        assertThatThrownBy(() -> clarifications.answerPrivately(d.dialogueId(), second.id(), second.version(),
                "Nei.", "kort")).hasMessageContaining("clarification.error.reason");
        clarifications.answerPrivately(d.dialogueId(), second.id(), second.version(), "Nei, ikke i denne fasen.",
                "Gjelder bare denne leverandørens møteønske");
        assertThat(dialogues.ledger(d.dialogueId())).filteredOn(r -> r.kind() == LedgerKind.ANSWER_PRIVATE)
                .singleElement().satisfies(r -> {
                    assertThat(r.sharedWithAll()).isFalse();
                    assertThat(r.summary()).isEqualTo("Gjelder bare denne leverandørens møteønske");
                });

        users.login(TestUsers.GE_USER);
        List<PublishedQa> seenByGe = clarifications.published(d.dialogueId());
        assertThat(seenByGe).singleElement().satisfies(qa -> {
            assertThat(qa.number()).isEqualTo(1);
            assertThat(qa.question()).isEqualTo("Kan pumpen tilbys som leie?").doesNotContain("Medtronic");
        });
        assertThat(clarifications.mine(d.dialogueId())).isEmpty();
        assertThatThrownBy(() -> clarifications.inbox(d.dialogueId())).isInstanceOf(ForbiddenException.class);

        users.login(TestUsers.MEDTRONIC_USER);
        assertThat(clarifications.mine(d.dialogueId())).extracting(ClarificationView::status)
                .containsExactly(ClarificationStatus.PUBLISHED, ClarificationStatus.ANSWERED_PRIVATELY);
        assertThat(clarifications.mine(d.dialogueId())).allMatch(c -> c.privateReason() == null);
    }

    @Test
    void a_cancelled_booking_takes_its_minutes_with_it_and_the_next_supplier_sees_none() {
        DialogueFixture.Built d = fixture.published("Avbestilling", "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(2).withHour(14), 30, "Teams")
                .getFirst();
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        meetings.cancelBooking(d.dialogueId());
        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), slot.id());
        assertThat(meetings.forSupplier(d.dialogueId())).singleElement().satisfies(s -> {
            assertThat(s.mine()).isTrue();
            assertThat(s.minutes()).isNull();
            assertThat(s.version()).isZero();
        });
        assertThat(meetings.publishedMinutes(d.dialogueId())).isEmpty();
        users.login(TestUsers.HSO_LEAD);
        assertThat(dialogues.ledger(d.dialogueId())).extracting(LedgerRow::kind).containsSubsequence(
                LedgerKind.MEETING_BOOKED, LedgerKind.MEETING_CANCELLED, LedgerKind.MEETING_BOOKED);
    }

    @Test
    void a_slot_cannot_be_double_booked_even_when_two_suppliers_click_at_once() throws Exception {
        DialogueFixture.Built d = fixture.published("Møter", "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        SlotView slot = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(3).withHour(10), 60,
                "Teams-lenke sendes ut").getFirst();
        for (String user : List.of(TestUsers.MEDTRONIC_USER, TestUsers.GE_USER)) {
            users.login(user);
            responses.open(d.dialogueId());
        }
        TestUsers.logout();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String user : List.of(TestUsers.MEDTRONIC_USER, TestUsers.GE_USER)) {
            Callable<String> booking = () -> {
                users.login(user);
                start.await();
                try {
                    meetings.book(d.dialogueId(), slot.id());
                    return "booked";
                } catch (ValidationException e) {
                    return e.messageKey();
                } finally {
                    TestUsers.logout();
                }
            };
            results.add(pool.submit(booking));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "meeting.error.taken");

        users.login(TestUsers.HSO_LEAD);
        assertThat(meetings.forBuyer(d.dialogueId())).singleElement()
                .satisfies(s -> assertThat(s.bookedBy()).isIn("Medtronic", "GE Healthcare"));
    }

    @Test
    void a_supplier_books_one_slot_never_sees_others_and_reads_only_its_own_minutes() {
        DialogueFixture.Built d = fixture.published("Møtereferat", "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(2).withHour(9), 45, "Ullevål, møterom 3");
        List<SlotView> offered = meetings.offer(d.dialogueId(), LocalDateTime.now().plusDays(2).withHour(11), 45,
                "Ullevål, møterom 3");
        assertThatThrownBy(() -> meetings.offer(d.dialogueId(), LocalDateTime.now().minusDays(1), 45, "Sted"))
                .hasMessageContaining("meeting.error.past");

        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        meetings.book(d.dialogueId(), offered.getFirst().id());
        assertThatThrownBy(() -> meetings.book(d.dialogueId(), offered.get(1).id()))
                .hasMessageContaining("meeting.error.one-per-supplier");

        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        List<SlotView> forGe = meetings.forSupplier(d.dialogueId());
        assertThat(forGe).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(offered.get(1).id());
            assertThat(s.free()).isTrue();
        });

        users.login(TestUsers.HSO_LEAD);
        SlotView booked = meetings.forBuyer(d.dialogueId()).stream().filter(s -> !s.free()).findFirst().orElseThrow();
        assertThatThrownBy(() -> meetings.writeMinutes(d.dialogueId(), booked.id(), booked.version(), "For tidlig"))
                .hasMessageContaining("meeting.error.not-held");
        jdbc.update("update meeting_slot set starts_at = utc_timestamp(6) - interval 1 hour where id = ?", booked.id());
        SlotView withMinutes = meetings.writeMinutes(d.dialogueId(), booked.id(), booked.version(),
                "Medtronic presenterte MiniMed 780G og ønsket leieavtale.").stream()
                .filter(s -> s.id() == booked.id()).findFirst().orElseThrow();
        // A refused redaction keeps nothing of the dialog: the private minutes stay as saved, the version too.
        assertThatThrownBy(() -> meetings.publishMinutes(d.dialogueId(), booked.id(), withMinutes.version(),
                "Endret privat referat", "Medtronic presenterte en løsning."))
                .hasMessageContaining("publish.error.names-supplier");
        assertThat(meetings.forBuyer(d.dialogueId())).filteredOn(s -> s.id() == booked.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.minutes()).contains("MiniMed 780G");
                    assertThat(s.version()).isEqualTo(withMinutes.version());
                });
        meetings.publishMinutes(d.dialogueId(), booked.id(), withMinutes.version(), withMinutes.minutes(),
                "En leverandør presenterte en løsning med lukket sløyfe.");

        users.login(TestUsers.MEDTRONIC_USER);
        assertThat(meetings.forSupplier(d.dialogueId())).filteredOn(SlotView::mine).singleElement()
                .satisfies(s -> assertThat(s.minutes()).contains("MiniMed 780G"));
        assertThatThrownBy(() -> meetings.cancelBooking(d.dialogueId())).isInstanceOf(ValidationException.class);
        users.login(TestUsers.GE_USER);
        assertThat(meetings.forSupplier(d.dialogueId())).allMatch(s -> s.minutes() == null);
        assertThat(meetings.publishedMinutes(d.dialogueId())).singleElement()
                .satisfies(m -> assertThat(m.text()).doesNotContain("Medtronic"));
        assertThatThrownBy(() -> meetings.forBuyer(d.dialogueId())).isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> meetings.forBuyer(d.dialogueId())).isInstanceOf(NotFoundException.class);
    }
}

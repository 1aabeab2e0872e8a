package no.samspill.marketdialogue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samspill.support.MutableClock;
import no.samspill.support.NoticeRows;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static no.samspill.support.NoticeRows.recipients;
import static org.assertj.core.api.Assertions.assertThat;

/** Deadline reminders at T-7, T-2 and T-0, to the suppliers that still owe a response, once, and in the ledger. */
@SamspillSpringTest
class DeadlineRemindersTest {

    static final String KIND = "dialogue-deadline-reminder";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    DialogueFixture fixture;
    @Autowired
    DialogueService dialogues;
    @Autowired
    ResponseService responses;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    MutableClock clock;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.logout();
    }

    @Test
    void participants_that_have_not_submitted_are_reminded_once_per_step_with_the_same_text_and_a_ledger_entry() {
        String title = "Påminnelse " + UUID.randomUUID();
        DialogueFixture.Built d = fixture.published(title, "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        LocalDate deadlineDate = LocalDate.now(clock.withZone(OSLO)).plusDays(12);
        dialogues.extendDeadline(d.dialogueId(), dialogues.get(d.dialogueId()).version(),
                LocalDateTime.of(deadlineDate, LocalTime.NOON));
        Instant deadline = deadlineDate.atTime(LocalTime.NOON).atZone(OSLO).toInstant();
        TestUsers.logout();

        moveTo(deadline.minus(Duration.ofDays(8)));
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, KIND, d.dialogueId())).as("T-8 is no step").isEmpty();

        moveTo(deadline.minus(Duration.ofDays(7)));
        reminders.remind();
        List<NoticeRows.Row> t7 = NoticeRows.await(jdbc, KIND, d.dialogueId());
        assertThat(recipients(t7)).contains(id(TestUsers.MEDTRONIC_USER), id(TestUsers.GE_USER))
                .doesNotContain(id(TestUsers.HSO_LEAD), id(TestUsers.HSO_ADMIN));
        // every supplier in that state reads the same text: same kind, same args
        assertThat(t7).extracting(NoticeRows.Row::args).containsOnly(List.of(title, deadlineDate + " 12:00"));
        // a second run (another node, a restart) tells nobody twice and writes no second ledger entry
        reminders.remind();
        NoticeRows.settle(jdbc);
        assertThat(NoticeRows.of(jdbc, KIND, d.dialogueId())).hasSameSizeAs(t7);
        assertThat(ledger(d.dialogueId())).containsExactly("T-7 " + deadlineDate + ": 2");

        // Medtronic submits; at T-2 only GE still owes a response
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Lukket sløyfe"));
        responses.saveAnswer(d.dialogueId(), d.number(), null, AnswerInput.number(new BigDecimal("72")));
        responses.submit(d.dialogueId());
        TestUsers.logout();
        moveTo(deadline.minus(Duration.ofDays(2)));
        reminders.remind();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> NoticeRows
                .of(jdbc, KIND, d.dialogueId()).stream().anyMatch(r -> r.dedupeKey().contains("T-2")));
        List<NoticeRows.Row> t2 = NoticeRows.of(jdbc, KIND, d.dialogueId()).stream()
                .filter(r -> r.dedupeKey().contains("T-2")).toList();
        assertThat(recipients(t2)).contains(id(TestUsers.GE_USER)).doesNotContain(id(TestUsers.MEDTRONIC_USER),
                id(TestUsers.MEDTRONIC_ADMIN));
        assertThat(ledger(d.dialogueId())).containsExactly("T-7 " + deadlineDate + ": 2",
                "T-2 " + deadlineDate + ": 1");

        // on the day, before the deadline
        moveTo(deadline.minus(Duration.ofHours(1)));
        reminders.remind();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> NoticeRows
                .of(jdbc, KIND, d.dialogueId()).stream().anyMatch(r -> r.dedupeKey().contains("T-0")));
        assertThat(ledger(d.dialogueId())).hasSize(3).last().isEqualTo("T-0 " + deadlineDate + ": 1");

        // after the deadline nothing more
        moveTo(deadline.plus(Duration.ofHours(1)));
        reminders.remind();
        assertThat(ledger(d.dialogueId())).hasSize(3);
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private List<String> ledger(long dialogueId) {
        return jdbc.queryForList("select summary from dialogue_ledger where dialogue_id = ? and kind = ? order by id",
                String.class, dialogueId, LedgerKind.DEADLINE_REMINDER.name());
    }

    private long id(String email) {
        return NoticeRows.userId(jdbc, email);
    }
}

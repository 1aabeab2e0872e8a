package no.samspill.marketdialogue;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: a repeat that changes nothing (a double click, a second try after a slow answer, a colleague a moment
 * before) succeeds and says so, instead of an error about the second click; and it is recorded once.
 */
@SamspillSpringTest
class HarmlessRepeatsTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    ResponseService responses;
    @Autowired
    ClarificationService clarifications;
    @Autowired
    DialogueService dialogues;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void submitting_a_submitted_response_again_succeeds_as_a_repeat_without_a_second_ledger_line_or_audit_entry() {
        DialogueFixture.Built d = fixture.published("Gjentatt innsending " + UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.number(), null, AnswerInput.number(new BigDecimal("72")));
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Lukket sløyfe"));
        responses.saveAnswer(d.dialogueId(), d.multi(), null, AnswerInput.choices(Set.of("CE")));

        Submission first = responses.submit(d.dialogueId());
        Submission again = responses.submit(d.dialogueId());

        assertThat(first.repeat()).isFalse();
        assertThat(again.repeat()).isTrue();
        assertThat(again.form().status()).isEqualTo(ParticipantStatus.SUBMITTED);
        // the stored time, as read back (the database keeps microseconds)
        assertThat(again.form().submittedAt()).isEqualTo(
                java.util.Objects.requireNonNull(first.form().submittedAt()).truncatedTo(ChronoUnit.MICROS));
        assertThat(audited("response.submitted", d.dialogueId())).isEqualTo(1);
        users.login(TestUsers.HSO_LEAD);
        assertThat(dialogues.ledger(d.dialogueId())).filteredOn(r -> r.kind() == LedgerKind.RESPONSE_SUBMITTED)
                .hasSize(1);
    }

    @Test
    void answering_to_all_again_with_the_same_text_succeeds_under_the_same_number_and_is_recorded_once() {
        DialogueFixture.Built d = fixture.published("Gjentatt svar " + UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        clarifications.ask(d.dialogueId(), "Kan pumpen leies?");
        users.login(TestUsers.HSO_LEAD);
        ClarificationView asked = clarifications.inbox(d.dialogueId()).getFirst();

        ClarificationView first = clarifications.publish(d.dialogueId(), asked.id(), asked.version(),
                "Kan pumpen leies?", "Ja, leie er mulig.");
        ClarificationView again = clarifications.publish(d.dialogueId(), asked.id(), asked.version(),
                " Kan pumpen leies? ", "Ja, leie er mulig.");

        assertThat(again.number()).isEqualTo(first.number()).isEqualTo(1);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(dialogues.ledger(d.dialogueId())).filteredOn(r -> r.kind() == LedgerKind.ANSWER_PUBLISHED)
                .hasSize(1);
        assertThat(audited("clarification.published", d.dialogueId())).isEqualTo(1);
    }

    @Test
    void a_different_answer_on_an_answered_question_is_still_refused_as_a_conflict() {
        DialogueFixture.Built d = fixture.published("Ulikt svar " + UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        clarifications.ask(d.dialogueId(), "Kan pumpen leies?");
        users.login(TestUsers.HSO_LEAD);
        ClarificationView asked = clarifications.inbox(d.dialogueId()).getFirst();
        clarifications.publish(d.dialogueId(), asked.id(), asked.version(), "Kan pumpen leies?", "Ja.");

        assertThatThrownBy(() -> clarifications.publish(d.dialogueId(), asked.id(), asked.version(),
                "Kan pumpen leies?", "Nei.")).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> clarifications.answerPrivately(d.dialogueId(), asked.id(), asked.version(),
                "Ja.", "Gjelder bare denne leverandøren")).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void answering_privately_again_with_the_same_answer_and_reason_is_recorded_once() {
        DialogueFixture.Built d = fixture.published("Gjentatt privat svar " + UUID.randomUUID(), "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        clarifications.ask(d.dialogueId(), "Kan vi få møte fagpersonene?");
        users.login(TestUsers.HSO_LEAD);
        ClarificationView asked = clarifications.inbox(d.dialogueId()).getFirst();

        clarifications.answerPrivately(d.dialogueId(), asked.id(), asked.version(), "Ikke i denne fasen.",
                "Gjelder bare denne leverandørens møteønske");
        ClarificationView again = clarifications.answerPrivately(d.dialogueId(), asked.id(), asked.version(),
                "Ikke i denne fasen.", "Gjelder bare denne leverandørens møteønske");

        assertThat(again.status()).isEqualTo(ClarificationStatus.ANSWERED_PRIVATELY);
        assertThat(dialogues.ledger(d.dialogueId())).filteredOn(r -> r.kind() == LedgerKind.ANSWER_PRIVATE)
                .hasSize(1);
        assertThat(audited("clarification.answered-privately", d.dialogueId())).isEqualTo(1);
    }

    private int audited(String action, long dialogueId) {
        Integer n = jdbc.queryForObject("select count(*) from audit_entry where action = ? and entity_type = "
                + "'MarketDialogue' and entity_id = ?", Integer.class, action, String.valueOf(dialogueId));
        return n == null ? 0 : n;
    }
}

package no.samspill.marketdialogue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import no.samspill.platform.i18n.ConcurrentEditException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The market-dialogue journeys, buyer and supplier, on the real database. */
@SamspillSpringTest
class MarketDialogueTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    DialogueService dialogues;
    @Autowired
    QuestionnaireService questionnaire;
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
    void a_supplier_drafts_submits_and_reopens_and_the_buyer_sees_only_submitted_answers() {
        DialogueFixture.Built d = fixture.published("Insulinpumper – skriftlig dialog", "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        ResponseForm form = responses.open(d.dialogueId());
        assertThat(form.editable()).isTrue();
        assertThat(form.status()).isEqualTo(ParticipantStatus.OPENED);
        assertThat(form.sections().getFirst().questions()).extracting(QuestionView::number)
                .containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
        responses.saveAnswer(d.dialogueId(), d.number(), null, AnswerInput.number(new BigDecimal("72")));
        assertThatThrownBy(() -> responses.submit(d.dialogueId())).hasMessageContaining("response.error.missing")
                .hasMessageContaining("1.1");
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Lukket sløyfe med CGM"));
        responses.saveAnswer(d.dialogueId(), d.multi(), null, AnswerInput.choices(Set.of("CE", "ISO 13485")));

        users.login(TestUsers.HSO_LEAD);
        ResponseMatrix draft = dialogues.matrix(d.dialogueId());
        assertThat(draft.columns()).extracting(ResponseColumn::supplierName, ResponseColumn::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GE Healthcare", ParticipantStatus.INVITED),
                        org.assertj.core.groups.Tuple.tuple("Medtronic", ParticipantStatus.DRAFT));
        assertThat(draft.cells()).isEmpty();

        users.login(TestUsers.MEDTRONIC_USER);
        assertThat(responses.submit(d.dialogueId()).form().status()).isEqualTo(ParticipantStatus.SUBMITTED);
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.number(), 0L,
                AnswerInput.number(BigDecimal.ONE))).hasMessageContaining("response.error.submitted");

        users.login(TestUsers.HSO_LEAD);
        ResponseMatrix submitted = dialogues.matrix(d.dialogueId());
        long medtronic = submitted.columns().stream().filter(c -> c.supplierName().equals("Medtronic")).findFirst()
                .orElseThrow().participantId();
        assertThat(submitted.cell(d.freeText(), medtronic)).get().extracting(AnswerValue::text)
                .isEqualTo("Lukket sløyfe med CGM");
        assertThat(submitted.cell(d.multi(), medtronic)).get().extracting(AnswerValue::choices)
                .isEqualTo(List.of("CE", "ISO 13485"));
        assertThat(dialogues.ledger(d.dialogueId())).extracting(LedgerRow::kind).containsSubsequence(
                LedgerKind.DIALOGUE_PUBLISHED, LedgerKind.SUPPLIER_INVITED, LedgerKind.RESPONSE_SUBMITTED);

        users.login(TestUsers.MEDTRONIC_ADMIN);
        assertThat(responses.reopen(d.dialogueId()).status()).isEqualTo(ParticipantStatus.DRAFT);
        users.login(TestUsers.HSO_LEAD);
        assertThat(dialogues.matrix(d.dialogueId()).cells()).isEmpty();
    }

    @Test
    void the_supplier_picker_pages_and_searches_in_the_database_and_offers_only_suppliers() {
        users.login(TestUsers.HSO_LEAD);
        assertThat(dialogues.supplierOptions("medtr", 0, 10)).extracting(SupplierRef::name).containsExactly("Medtronic");
        assertThat(dialogues.countSupplierOptions("medtr")).isEqualTo(1);
        long all = dialogues.countSupplierOptions("");
        assertThat(all).isGreaterThanOrEqualTo(3);
        assertThat(dialogues.supplierOptions("", 0, 2)).hasSize(2);
        assertThat(dialogues.supplierOptions("", 0, 1000)).hasSize((int) all)
                .extracting(SupplierRef::name).doesNotContain("Helse Sør-Øst RHF", "Sykehusinnkjøp HF");
        assertThat(dialogues.supplierOptions("", 2, 1000)).hasSize((int) all - 2);
    }

    @Test
    void two_colleagues_saving_the_same_answer_do_not_overwrite_each_other() {
        DialogueFixture.Built d = fixture.published("Samtidig redigering", "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        AnswerValue first = responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Erik sitt"));
        users.login(TestUsers.MEDTRONIC_ADMIN);
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Anne sitt")))
                .isInstanceOf(ConcurrentEditException.class);
        AnswerValue second = responses.saveAnswer(d.dialogueId(), d.freeText(), first.version(),
                AnswerInput.text("Anne bygger videre"));
        users.login(TestUsers.MEDTRONIC_USER);
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.freeText(), first.version(),
                AnswerInput.text("Erik igjen"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(responses.open(d.dialogueId()).answers().get(d.freeText()).text()).isEqualTo("Anne bygger videre");
        assertThat(second.updatedBy()).isEqualTo("Anne Moe");
    }

    @Test
    void answers_are_checked_against_their_question() {
        DialogueFixture.Built d = fixture.published("Validering", "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("x".repeat(51))))
                .hasMessageContaining("response.error.too-long");
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.single(), null,
                AnswerInput.choices(Set.of("Kjøp", "Leie")))).hasMessageContaining("response.error.single-choice");
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.multi(), null,
                AnswerInput.choices(Set.of("Ikke et valg")))).hasMessageContaining("response.error.choice");
        AnswerValue script = responses.saveAnswer(d.dialogueId(), d.freeText(), null,
                AnswerInput.text("<script>alert(1)</script>"));
        assertThat(script.text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void after_the_deadline_the_response_is_read_only() {
        DialogueFixture.Built d = fixture.published("Frist passert", "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Før fristen"));
        jdbc.update("update market_dialogue set deadline = utc_timestamp(6) - interval 1 hour where id = ?",
                d.dialogueId());
        ResponseForm form = responses.open(d.dialogueId());
        assertThat(form.editable()).isFalse();
        assertThat(form.answers().get(d.freeText()).text()).isEqualTo("Før fristen");
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), d.freeText(), 0L, AnswerInput.text("Etter")))
                .hasMessageContaining("response.error.deadline-passed");
        assertThatThrownBy(() -> responses.submit(d.dialogueId())).hasMessageContaining("response.error.deadline-passed");
    }

    @Test
    void extending_the_deadline_is_shared_with_all_and_must_be_later() {
        DialogueFixture.Built d = fixture.published("Forlenget frist", "Medtronic");
        users.login(TestUsers.HSO_LEAD);
        DialogueSummary s = dialogues.get(d.dialogueId());
        assertThatThrownBy(() -> dialogues.extendDeadline(d.dialogueId(), s.version(), LocalDateTime.now().minusDays(1)))
                .hasMessageContaining("dialogue.error.deadline-past");
        assertThatThrownBy(() -> dialogues.extendDeadline(d.dialogueId(), s.version(), LocalDateTime.now().plusDays(1)))
                .hasMessageContaining("dialogue.error.not-later");
        DialogueSummary later = dialogues.extendDeadline(d.dialogueId(), s.version(), LocalDateTime.now().plusDays(30));
        assertThat(later.deadline()).isAfter(s.deadline());
        assertThat(dialogues.ledger(d.dialogueId())).filteredOn(r -> r.kind() == LedgerKind.DEADLINE_CHANGED)
                .singleElement().satisfies(r -> assertThat(r.sharedWithAll()).isTrue());
        users.login(TestUsers.MEDTRONIC_USER);
        assertThat(responses.open(d.dialogueId()).deadline()).isEqualTo(later.deadline());
    }

    @Test
    void a_changed_questionnaire_raises_its_version_and_participants_are_told() {
        DialogueFixture.Built d = fixture.published("Endret skjema", "Medtronic");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Svar"));
        users.login(TestUsers.HSO_LEAD);
        long section = dialogues.questionnaire(d.dialogueId()).getFirst().id();
        questionnaire.addQuestion(section, new QuestionForm("Garantitid", QuestionType.NUMBER, null, "år", List.of(),
                false));
        assertThatThrownBy(() -> questionnaire.deleteQuestion(d.freeText())).hasMessageContaining("question.error.answered");
        assertThat(dialogues.get(d.dialogueId()).questionnaireVersion()).isEqualTo(2);
        assertThat(dialogues.ledger(d.dialogueId())).filteredOn(r -> r.kind() == LedgerKind.QUESTIONNAIRE_CHANGED)
                .singleElement().satisfies(r -> assertThat(r.summary()).contains("Garantitid"));
        users.login(TestUsers.MEDTRONIC_USER);
        assertThat(responses.open(d.dialogueId()).questionnaireChanged()).isTrue();
        responses.acknowledgeQuestionnaire(d.dialogueId());
        assertThat(responses.open(d.dialogueId()).questionnaireChanged()).isFalse();
    }

    @Test
    void a_dialogue_is_not_found_for_everyone_outside_it_and_forbidden_only_to_who_knows_it() {
        DialogueFixture.Built d = fixture.published("Bare GE " + java.util.UUID.randomUUID(), "GE Healthcare");
        // a supplier's admin, a supplier who was not invited and a buyer's member have no grant to it
        for (String outsider : new String[] {TestUsers.MEDTRONIC_ADMIN, TestUsers.MEDTRONIC_USER,
                TestUsers.HSO_MEMBER, TestUsers.SKI_ADMIN}) {
            users.login(outsider);
            assertThatThrownBy(() -> dialogues.get(d.dialogueId())).as(outsider)
                    .isInstanceOf(no.samspill.platform.i18n.NotFoundException.class);
            assertThatThrownBy(() -> responses.open(d.dialogueId())).as(outsider)
                    .isInstanceOf(no.samspill.platform.i18n.NotFoundException.class);
        }
        // the invited supplier knows the dialogue; the buyer's side of it is plainly forbidden
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> dialogues.get(d.dialogueId()))
                .isInstanceOf(no.samspill.platform.i18n.ForbiddenException.class);
        // and the owning buyer knows it too, but answers no questionnaire
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> responses.open(d.dialogueId()))
                .isInstanceOf(no.samspill.platform.i18n.ForbiddenException.class);
    }

    @Test
    void publishing_needs_questions_suppliers_and_a_future_deadline() {
        users.login(TestUsers.HSO_LEAD);
        long project = fixture.published("Hjelper", "Medtronic").dialogueId();
        users.login(TestUsers.HSO_LEAD);
        long projectId = dialogues.get(project).projectId();
        DialogueSummary empty = dialogues.create(projectId, "Tomt utkast");
        assertThatThrownBy(() -> dialogues.publish(empty.id(), empty.version()))
                .hasMessageContaining("dialogue.error.no-questions");
        assertThatThrownBy(() -> dialogues.describe(empty.id(), empty.version(), new DialogueForm("Tomt utkast", "",
                LocalDateTime.now().minusMinutes(5), AccessMode.INVITED))).hasMessageContaining("dialogue.error.deadline-past");
        assertThatThrownBy(() -> questionnaire.addQuestion(questionnaire.addSection(empty.id(), "Del").getFirst().id(),
                new QuestionForm("Velg én", QuestionType.SINGLE_CHOICE, null, null, List.of("Bare ett"), false)))
                .hasMessageContaining("question.error.options");
        long section = dialogues.questionnaire(empty.id()).getFirst().id();
        questionnaire.addQuestion(section, new QuestionForm("Noe å si?", QuestionType.FREE_TEXT, null, null,
                List.of(), false));
        DialogueSummary withQuestion = dialogues.get(empty.id());
        assertThatThrownBy(() -> dialogues.publish(empty.id(), withQuestion.version()))
                .hasMessageContaining("dialogue.error.no-suppliers");
    }
}

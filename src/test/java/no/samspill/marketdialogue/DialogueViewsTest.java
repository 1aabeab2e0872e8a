package no.samspill.marketdialogue;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.LocalDateTime;
import java.util.UUID;
import no.samspill.procurement.ProjectFilter;
import no.samspill.procurement.ProjectService;
import no.samspill.platform.ui.AmountField;
import no.samspill.support.KaribuTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static no.samspill.support.Views.assertNavigationDenied;
import static no.samspill.support.Views.heading;
import static no.samspill.support.Views.selectTab;
import static org.assertj.core.api.Assertions.assertThat;

class DialogueViewsTest extends KaribuTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    ProjectService projects;
    @Autowired
    ResponseService responses;
    @Autowired
    DialogueFileService files;
    @Autowired
    QuestionnaireService questionnaire;
    @Autowired
    DialogueService dialogues;

    @Test
    void a_lead_starts_a_dialogue_from_the_project_and_builds_its_questionnaire() {
        users.login(TestUsers.HSO_LEAD);
        long project = projects.search(new ProjectFilter("2026/0097", null, null), 0, 1).getFirst().id();
        loginAndOpen(TestUsers.HSO_LEAD, "projects/" + project);
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("Markedsdialog");
        selectTab("Markedsdialog");
        _click(_get(Button.class, s -> s.withId("new-dialogue")));
        String title = "Dialog " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, s -> s.withLabel("Tittel")), title);
        _click(_get(Button.class, s -> s.withId("create-dialogue")));
        assertThat(heading()).isEqualTo(title);

        selectTab(t("dialogue.tab.questionnaire"));
        _setValue(_get(TextField.class, s -> s.withPlaceholder(t("question.section-title"))), "Behov");
        _click(_get(Button.class, s -> s.withId("add-section")));
        selectTab(t("dialogue.tab.questionnaire"));
        _click(_get(Button.class, s -> s.withId("add-question-1")));
        _setValue(_get(TextArea.class, s -> s.withLabel(t("question.text"))), "Hvor lang er leveringstiden?");
        _click(_get(Button.class, s -> s.withId("save-question")));
        selectTab(t("dialogue.tab.questionnaire"));
        assertThat(_find(Span.class)).extracting(Span::getText).contains("1.1", "Hvor lang er leveringstiden?");
    }

    @Test
    void the_buyer_sees_the_matrix_and_the_ledger() {
        DialogueFixture.Built d = fixture.published("Matrise", "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Synlig etter innsending"));
        responses.submit(d.dialogueId());
        loginAndOpen(TestUsers.HSO_LEAD, "dialogues/" + d.dialogueId());
        selectTab("Svar");
        Grid<?> matrix = _get(Grid.class, s -> s.withId("answer-matrix"));
        assertThat(_size(matrix)).isEqualTo(5);
        assertThat(matrix.getColumns()).extracting(c -> c.getHeaderText() == null ? "" : c.getHeaderText())
                .anyMatch(h -> h.startsWith("Medtronic · Sendt inn")).anyMatch(h -> h.startsWith("GE Healthcare · Invitert"));
        selectTab("Likebehandlingslogg");
        assertThat(_size(_get(Grid.class, s -> s.withId("ledger")))).isGreaterThanOrEqualTo(4);
    }

    @Test
    void a_supplier_removes_a_file_answer_after_confirming_and_the_question_shows_no_file() {
        DialogueFixture.Built d = fixture.published("Fil fjernes", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        long section = dialogues.questionnaire(d.dialogueId()).getFirst().id();
        long fileQuestion = questionnaire.addQuestion(section, new QuestionForm("Last opp produktark",
                QuestionType.FILE, null, null, List.of(), false)).getFirst().questions().getLast().id();
        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        files.uploadAnswer(d.dialogueId(), fileQuestion, "produktark.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        _click(_get(Button.class, s -> s.withId("remove-file-" + fileQuestion)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("produktark.pdf");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        Div field = _get(Div.class, s -> s.withId("answer-" + fileQuestion));
        assertThat(_find(field, Span.class).stream().map(Span::getText)).contains(t("upload.none"));
        assertThat(_find(Button.class, s -> s.withId("remove-file-" + fileQuestion))).isEmpty();
    }

    @Test
    void a_supplier_answers_saves_a_draft_and_submits() {
        DialogueFixture.Built d = fixture.published("Svarskjema", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues");
        assertThat(menuLabels()).contains("Markedsdialoger");
        UI.getCurrent().navigate("market-dialogues/" + d.dialogueId());
        assertThat(heading()).isEqualTo("Svarskjema");
        _setValue(_get(TextArea.class, s -> s.withId("answer-" + d.freeText())), "Vi leverer innen to uker.");
        assertThat(_get(Span.class, s -> s.withId("save-state")).getText()).startsWith("Utkast lagret");
        _setValue(_get(AmountField.class, s -> s.withId("answer-" + d.number())), new BigDecimal("36"));
        _click(_get(Button.class, s -> s.withId("submit-response")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_find(Button.class, s -> s.withId("reopen-response"))).hasSize(1);
        users.login(TestUsers.GE_USER);
        assertThat(responses.open(d.dialogueId()).answers().get(d.number()).number()).isEqualByComparingTo("36");
    }

    @Test
    void after_submitting_the_supplier_sees_a_receipt_and_finds_it_again_on_a_later_visit() {
        DialogueFixture.Built d = fixture.published("Kvittering i skjema", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withId("receipt"))).isEmpty();
        _setValue(_get(TextArea.class, s -> s.withId("answer-" + d.freeText())), "Vi leverer innen to uker.");
        _click(_get(Button.class, s -> s.withId("submit-response")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        String reference = _get(Paragraph.class, s -> s.withId("receipt-reference")).getText();
        assertThat(reference).startsWith("Referanse: MD-" + d.dialogueId() + "-");
        assertThat(_get(Paragraph.class, s -> s.withId("receipt-time")).getText()).contains("Europe/Oslo");
        assertThat(_get(Paragraph.class, s -> s.withId("receipt-answered")).getText())
                .startsWith("1 av 5 spørsmål besvart").endsWith("1.1");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("receipt-pdf")).getHref())
                .isNotBlank();
        // a later visit shows the same receipt
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        assertThat(_get(Paragraph.class, s -> s.withId("receipt-reference")).getText()).isEqualTo(reference);
    }

    @Test
    void a_too_long_answer_is_refused_with_a_message_and_the_text_stays() {
        DialogueFixture.Built d = fixture.published("Lengde", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        TextArea answer = _get(TextArea.class, s -> s.withId("answer-" + d.freeText()));
        String tooLong = "x".repeat(60);
        _setValue(answer, tooLong);
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).endsWith(tail("response.error.too-long")).contains("50", "60");
        assertThat(answer.getValue()).isEqualTo(tooLong);
    }

    @Test
    void a_too_long_clarification_question_is_refused_at_its_field_and_the_text_stays() {
        DialogueFixture.Built d = fixture.published("Avklaring ved feltet", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        selectTab(t("respond.tab.qa"));
        TextArea question = _get(TextArea.class, s -> s.withId("clarification-question"));
        String tooLong = "Hva gjelder? ".repeat(400);
        _setValue(question, tooLong);
        _click(_get(Button.class, s -> s.withId("send-clarification")));
        question = _get(TextArea.class, s -> s.withId("clarification-question"));
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo(t("clarification.error.text", DialogueRules.CLARIFICATION_MAX));
        assertThat(question.getValue()).isEqualTo(tooLong);
        assertThat(lastNotification()).isEmpty();
    }

    @Test
    void a_deadline_that_is_not_later_is_refused_at_the_deadline_field_in_the_setup() {
        DialogueFixture.Built d = fixture.published("Frist ved feltet", "GE Healthcare");
        loginAndOpen(TestUsers.HSO_LEAD, "dialogues/" + d.dialogueId());
        selectTab(t("dialogue.tab.setup"));
        DateTimePicker deadline = _get(DateTimePicker.class, s -> s.withLabel(t("dialogue.new-deadline")));
        LocalDateTime sooner = deadline.getValue().minusDays(2);
        _setValue(deadline, sooner);
        _click(_get(Button.class, s -> s.withId("extend-deadline")));
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo(t("dialogue.error.not-later"));
        assertThat(deadline.getValue()).isEqualTo(sooner);
        assertThat(lastNotification()).isEmpty();
    }

    @Test
    void a_general_refusal_of_an_answer_stays_a_message_and_does_not_mark_the_field() {
        DialogueFixture.Built d = fixture.published("Innsendt svar", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        TextArea answer = _get(TextArea.class, s -> s.withId("answer-" + d.freeText()));
        // a colleague submits meanwhile: the form still shows the answer as editable
        users.login(TestUsers.GE_USER);
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Sendt av en kollega"));
        responses.submit(d.dialogueId());
        _setValue(answer, "Mitt utkast");
        assertThat(answer.isInvalid()).isFalse();
        assertThat(answer.getValue()).isEqualTo("Mitt utkast");
        assertThat(lastNotification()).isEqualTo(t("response.error.submitted"));
    }

    @Test
    void the_answer_form_puts_its_sections_and_questions_in_the_reflowing_body_without_fixed_widths() throws IOException {
        DialogueFixture.Built d = fixture.published("Smal skjerm", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        Div body = _get(Div.class, s -> s.withClasses("samspill-respond-body"));
        List<Component> parts = body.getChildren().toList();
        assertThat(parts).hasSize(2);
        assertThat(parts.getFirst()).isInstanceOf(Nav.class);
        assertThat(parts.getFirst().getElement().getClassList()).contains("samspill-section-nav");
        assertThat(parts.get(1).getElement().getClassList()).contains("samspill-respond-questions");
        assertThat(_find(parts.get(1), TextArea.class)).extracting(c -> c.getId().orElse(""))
                .contains("answer-" + d.freeText());
        // the layout is the stylesheet's: no width in the view that a phone would have to scroll past
        for (Component c : List.of(body, parts.getFirst(), parts.get(1))) {
            assertThat(c.getElement().getStyle().get("width")).isIn(null, "100%");
            assertThat(c.getElement().getStyle().get("min-width")).isNull();
        }
        String css;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/styles/samspill.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String narrow = css.substring(css.lastIndexOf("@media (max-width: 700px)"));
        assertThat(narrow).as("below 700 px the section list goes above the questions")
                .containsPattern("\\.samspill-respond-body \\{\\s*flex-direction: column;");
    }

    @Test
    void a_submit_with_a_required_question_unanswered_marks_that_question_and_says_which() {
        DialogueFixture.Built d = fixture.published("Obligatorisk", "GE Healthcare");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        _setValue(_get(AmountField.class, s -> s.withId("answer-" + d.number())), new BigDecimal("12"));
        _click(_get(Button.class, s -> s.withId("submit-response")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        // the browser closes the question at the click
        confirm.close();
        TextArea required = _get(TextArea.class, s -> s.withId("answer-" + d.freeText()));
        assertThat(required.isInvalid()).isTrue();
        assertThat(required.getErrorMessage()).isEqualTo(t("response.error.required"));
        assertThat(_get(AmountField.class, s -> s.withId("answer-" + d.number())).isInvalid()).isFalse();
        assertThat(lastNotification()).isEqualTo(t("response.error.missing", "1.1"));
        assertThat(_find(Button.class, s -> s.withId("reopen-response"))).isEmpty();

        _setValue(required, "Nå besvart");
        _click(_get(Button.class, s -> s.withId("submit-response")));
        confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_find(Button.class, s -> s.withId("reopen-response"))).hasSize(1);
    }

    @Test
    void a_required_file_question_without_a_file_is_marked_at_its_field_when_a_submit_is_refused() {
        DialogueFixture.Built d = fixture.published("Obligatorisk fil", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        long section = dialogues.questionnaire(d.dialogueId()).getFirst().id();
        long fileQuestion = questionnaire.addQuestion(section, new QuestionForm("Last opp sertifikat",
                QuestionType.FILE, null, null, List.of(), true)).getFirst().questions().getLast().id();
        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Besvart"));
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        _click(_get(Button.class, s -> s.withId("submit-response")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        confirm.close();
        Div file = _get(Div.class, s -> s.withId("answer-" + fileQuestion));
        assertThat(((com.vaadin.flow.component.HasValidation) file).isInvalid()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("answer-" + fileQuestion + "-error")).getText())
                .isEqualTo(t("response.error.required"));
        assertThat(file.getElement().getAttribute("aria-describedby")).isEqualTo("answer-" + fileQuestion + "-error");
        assertThat(_get(TextArea.class, s -> s.withId("answer-" + d.freeText())).isInvalid()).isFalse();
    }

    @Test
    void an_uninvited_supplier_and_a_buyer_member_cannot_open_the_dialogue() {
        DialogueFixture.Built d = fixture.published("Bare Medtronic", "Medtronic");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        assertThat(heading()).isEqualTo("Ikke funnet");
        loginAndOpen(TestUsers.GE_USER, "market-dialogues");
        assertThat(_find(com.vaadin.flow.component.html.H1.class)).extracting(h -> h.getText())
                .containsExactly("Markedsdialoger");
        assertNavigationDenied("dialogues/" + d.dialogueId());
        loginAndOpen(TestUsers.HSO_MEMBER, "");
        assertNavigationDenied("dialogues/" + d.dialogueId());
        assertNavigationDenied("market-dialogues/" + d.dialogueId());
        loginAndOpen(TestUsers.SKI_ADMIN, "dialogues/" + d.dialogueId());
        assertThat(heading()).isEqualTo("Ikke funnet");
    }

    @Autowired
    MeetingService meetings;

    @Test
    void a_supplier_asks_a_question_and_books_a_meeting_from_the_form() {
        DialogueFixture.Built d = fixture.published("Spørsmål og møte", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        long slot = meetings.offer(d.dialogueId(), java.time.LocalDateTime.now().plusDays(4).withHour(13), 30,
                "Teams").getFirst().id();
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        selectTab(t("respond.tab.qa"));
        _setValue(_get(TextArea.class, s -> s.withId("clarification-question")), "Kan dere dele dagens volum?");
        _click(_get(Button.class, s -> s.withId("send-clarification")));
        selectTab(t("respond.tab.meeting"));
        // the first click only asks; cancelling books nothing
        _click(_get(Button.class, s -> s.withId("book-" + slot)));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).isEqualTo(t("meeting.book.confirm.header"));
        ComponentUtil.fireEvent(ask, new ConfirmDialog.CancelEvent(ask, true));
        users.login(TestUsers.GE_USER);
        assertThat(meetings.forSupplier(d.dialogueId())).noneMatch(SlotView::mine);
        loginAndOpen(TestUsers.GE_USER, "market-dialogues/" + d.dialogueId());
        selectTab(t("respond.tab.meeting"));
        _click(_get(Button.class, s -> s.withId("book-" + slot)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        selectTab(t("respond.tab.meeting"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class))
                .anyMatch(p -> p.getText().startsWith(lead("meeting.yours")));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("meeting-ics")).getHref())
                .isNotBlank();

        loginAndOpen(TestUsers.HSO_LEAD, "dialogues/" + d.dialogueId());
        selectTab(t("dialogue.tab.qa"));
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class))
                .anyMatch(p -> p.getText().equals("Kan dere dele dagens volum?"));
        selectTab(t("dialogue.tab.meetings"));
        assertThat(_size(_get(Grid.class, s -> s.withId("meeting-slots")))).isEqualTo(1);
    }
    @Test
    void a_suppliers_admin_opening_a_buyers_dialogue_is_told_it_is_not_found() {
        DialogueFixture.Built d = fixture.published("Bare GE " + java.util.UUID.randomUUID(), "GE Healthcare");
        // the admin role lets the route open; the dialogue belongs to a buyer (Anne Moe reads in English)
        loginAndOpen(TestUsers.MEDTRONIC_ADMIN, "dialogues/" + d.dialogueId());
        assertThat(heading()).isEqualTo("Not found");
    }

}

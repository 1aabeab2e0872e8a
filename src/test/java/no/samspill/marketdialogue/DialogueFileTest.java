package no.samspill.marketdialogue;

import no.samspill.platform.files.UploadRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
class DialogueFileTest {

    private static final byte[] PDF = "%PDF-1.7 utkast til kravspesifikasjon".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DialogueFixture fixture;
    @Autowired
    DialogueFileService files;
    @Autowired
    QuestionnaireService questionnaire;
    @Autowired
    DialogueService dialogues;
    @Autowired
    ResponseService responses;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void bad_uploads_get_clear_errors_and_nothing_is_stored() {
        DialogueFixture.Built d = fixture.published("Opplasting", "Medtronic");
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> files.attach(d.dialogueId(), "virus.exe", PDF)).hasMessageContaining("upload.error.type");
        assertThatThrownBy(() -> files.attach(d.dialogueId(), "../../etc/passwd.pdf", PDF))
                .hasMessageContaining("upload.error.name");
        assertThatThrownBy(() -> files.attach(d.dialogueId(), "C:\\temp\\spek.pdf", PDF))
                .hasMessageContaining("upload.error.name");
        assertThatThrownBy(() -> files.attach(d.dialogueId(), "tom.pdf", new byte[0]))
                .hasMessageContaining("upload.error.empty");
        assertThatThrownBy(() -> new UploadRules(10).check("stor.pdf", new byte[11]))
                .hasMessageContaining("upload.error.size");
        assertThat(files.attachmentsForBuyer(d.dialogueId())).isEmpty();
    }

    @Test
    void buyer_attachments_reach_every_participant_and_are_logged_after_publication() {
        DialogueFixture.Built d = fixture.published("Vedlegg", "Medtronic");
        users.login(TestUsers.HSO_LEAD);
        List<FileRef> attached = files.attach(d.dialogueId(), "Utkast kravspesifikasjon.pdf", PDF);
        assertThat(dialogues.ledger(d.dialogueId())).anyMatch(r -> r.kind() == LedgerKind.ATTACHMENT_ADDED
                && r.sharedWithAll());
        users.login(TestUsers.MEDTRONIC_USER);
        FileDownload download = files.download(d.dialogueId(), attached.getFirst().id(), false);
        assertThat(download.content()).isEqualTo(PDF);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> files.download(d.dialogueId(), attached.getFirst().id(), false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_file_answer_is_the_suppliers_own_until_submitted_and_then_zipped_for_the_buyer() throws Exception {
        DialogueFixture.Built d = fixture.published("Filsvar", "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        long section = dialogues.questionnaire(d.dialogueId()).getFirst().id();
        List<SectionView> sections = questionnaire.addQuestion(section, new QuestionForm("Last opp produktark",
                QuestionType.FILE, null, null, List.of(), false));
        long fileQuestion = sections.getFirst().questions().getLast().id();

        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        assertThatThrownBy(() -> responses.saveAnswer(d.dialogueId(), fileQuestion, null, AnswerInput.text("x")))
                .hasMessageContaining("response.error.file-upload");
        AnswerValue answer = files.uploadAnswer(d.dialogueId(), fileQuestion, "produktark.pdf", PDF);
        assertThat(answer.text()).isEqualTo("produktark.pdf");
        long fileId = files.myFiles(d.dialogueId()).get(fileQuestion).id();

        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        assertThatThrownBy(() -> files.download(d.dialogueId(), fileId, false)).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> files.download(d.dialogueId(), fileId, true)).isInstanceOf(NotFoundException.class);

        users.login(TestUsers.MEDTRONIC_USER);
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Se vedlagt produktark"));
        responses.submit(d.dialogueId());
        users.login(TestUsers.HSO_LEAD);
        assertThat(files.download(d.dialogueId(), fileId, true).content()).isEqualTo(PDF);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        files.zipSubmitted(d.dialogueId(), zip);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("Medtronic/1.6 produktark.pdf");
    }

    @Test
    void a_file_answer_can_be_taken_back_while_the_response_is_a_draft_and_the_question_stands_unanswered() {
        DialogueFixture.Built d = fixture.published("Fil tilbake", "Medtronic", "GE Healthcare");
        users.login(TestUsers.HSO_LEAD);
        long section = dialogues.questionnaire(d.dialogueId()).getFirst().id();
        List<SectionView> sections = questionnaire.addQuestion(section, new QuestionForm("Last opp sertifikat",
                QuestionType.FILE, null, null, List.of(), true));
        long fileQuestion = sections.getFirst().questions().getLast().id();

        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        assertThatThrownBy(() -> files.removeAnswer(d.dialogueId(), fileQuestion))
                .hasMessageContaining("response.error.no-file");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        files.uploadAnswer(d.dialogueId(), fileQuestion, "sertifikat.pdf", PDF);
        // another supplier cannot take back Medtronic's file: it has none of its own there
        users.login(TestUsers.GE_USER);
        assertThatThrownBy(() -> files.removeAnswer(d.dialogueId(), fileQuestion))
                .hasMessageContaining("response.error.no-file");

        users.login(TestUsers.MEDTRONIC_USER);
        AnswerValue cleared = files.removeAnswer(d.dialogueId(), fileQuestion);
        assertThat(cleared.text()).isNull();
        assertThat(files.myFiles(d.dialogueId())).doesNotContainKey(fileQuestion);
        assertThat(responses.open(d.dialogueId()).answers().get(fileQuestion).text()).isNull();
        // required and unanswered again, so the submit waits for a new file
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Svar"));
        responses.saveAnswer(d.dialogueId(), d.multi(), null, AnswerInput.choices(java.util.Set.of("CE")));
        assertThatThrownBy(() -> responses.submit(d.dialogueId())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("response.error.missing");
        files.uploadAnswer(d.dialogueId(), fileQuestion, "sertifikat-2.pdf", PDF);
        responses.submit(d.dialogueId());
        assertThatThrownBy(() -> files.removeAnswer(d.dialogueId(), fileQuestion))
                .hasMessageContaining("response.error.submitted");
    }
}

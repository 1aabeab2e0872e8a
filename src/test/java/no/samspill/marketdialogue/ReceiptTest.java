package no.samspill.marketdialogue;

import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import com.vaadin.flow.i18n.I18NProvider;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.platform.i18n.Translator;
import no.samspill.support.Inbox;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SamspillSpringTest
class ReceiptTest {

    @Autowired
    DialogueFixture fixture;
    @Autowired
    ResponseService responses;
    @Autowired
    ReceiptService receipts;
    @Autowired
    TestUsers users;
    @Autowired
    Inbox inbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    I18NProvider i18n;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private DialogueFixture.Built submittedByMedtronic(String title) {
        DialogueFixture.Built d = fixture.published(title, "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Lukket sløyfe med CGM"));
        responses.saveAnswer(d.dialogueId(), d.multi(), null, AnswerInput.choices(Set.of("CE")));
        responses.submit(d.dialogueId());
        return d;
    }

    @Test
    void a_submitted_response_has_a_receipt_with_time_zone_dialogue_questions_answered_and_a_stable_reference() {
        String title = "Kvittering " + UUID.randomUUID();
        DialogueFixture.Built d = submittedByMedtronic(title);
        SubmissionReceipt r = receipts.receipt(d.dialogueId()).orElseThrow();
        assertThat(r.reference()).matches("MD-" + d.dialogueId() + "-[A-Z2-9]{8}");
        assertThat(r.dialogueTitle()).isEqualTo(title);
        assertThat(r.supplierName()).isEqualTo("Medtronic");
        assertThat(r.buyerName()).isNotBlank();
        assertThat(r.zone().getId()).isEqualTo("Europe/Oslo");
        assertThat(r.answered()).extracting(SubmissionReceipt.Answered::number).containsExactly("1.1", "1.5");
        assertThat(r.questionCount()).isEqualTo(5);
        // the same reference every time it is shown; the audit entry carries it for the buyer's admins to match
        assertThat(receipts.receipt(d.dialogueId()).orElseThrow().reference()).isEqualTo(r.reference());
        assertThat(jdbc.queryForList("select changes from audit_entry where action = 'response.submitted'"
                + " and entity_id = ?", String.class, String.valueOf(d.dialogueId())))
                .containsExactly("receipt: – → " + r.reference());

        // a reopened response has no receipt; submitted again, it gets a new one
        responses.reopen(d.dialogueId());
        assertThat(receipts.receipt(d.dialogueId())).isEmpty();
        assertThatThrownBy(() -> receipts.pdf(d.dialogueId(), nb())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void another_supplier_and_the_buyer_never_get_a_suppliers_receipt() {
        DialogueFixture.Built d = submittedByMedtronic("Isolasjon " + UUID.randomUUID());
        users.login(TestUsers.GE_USER);
        responses.open(d.dialogueId());
        assertThat(receipts.receipt(d.dialogueId())).isEmpty();
        assertThatThrownBy(() -> receipts.pdf(d.dialogueId(), nb())).isInstanceOf(NotFoundException.class);
        users.login(TestUsers.HSO_LEAD);
        assertThatThrownBy(() -> receipts.receipt(d.dialogueId())).isInstanceOf(ForbiddenException.class);
        users.login(TestUsers.SKI_ADMIN);
        assertThatThrownBy(() -> receipts.receipt(d.dialogueId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_receipt_pdf_holds_the_reference_the_dialogue_and_the_questions_answered() throws Exception {
        String title = "PDF-kvittering " + UUID.randomUUID();
        DialogueFixture.Built d = submittedByMedtronic(title);
        SubmissionReceipt r = receipts.receipt(d.dialogueId()).orElseThrow();
        byte[] pdf = receipts.pdf(d.dialogueId(), nb()).bytes();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(r.reference(), title, "Medtronic", "Beskriv løsningen", "Sertifiseringer",
                    "2 av 5 spørsmål besvart", "Europe/Oslo", "Kvittering for innsendt svar")
                    .doesNotContain("Batterilevetid", "Lukket sløyfe");
        }
    }

    @Test
    void the_receipt_is_mailed_to_the_user_who_submitted_and_to_no_one_else() {
        String title = "E-post " + UUID.randomUUID();
        DialogueFixture.Built d = submittedByMedtronic(title);
        String reference = receipts.receipt(d.dialogueId()).orElseThrow().reference();
        MimeMessage mail = inbox.await(TestUsers.MEDTRONIC_USER, reference);
        assertThat(Inbox.subject(mail)).contains(title);
        assertThat(Inbox.text(mail)).contains(reference, "1.1, 1.5", "Europe/Oslo",
                "/market-dialogues/" + d.dialogueId())
                // the time as the answer page and the PDF write it, not the stored stamp "2026-12-03 14:20"
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(jdbc.queryForList("select recipient from mail_outbox where category = 'receipt' and subject like ?",
                String.class, "%" + reference + "%")).containsExactly(TestUsers.MEDTRONIC_USER);
    }

    @Test
    void the_reference_depends_on_the_participation_and_the_second_of_submission_only() {
        java.time.Instant at = java.time.Instant.parse("2026-12-03T10:15:30.123456789Z");
        assertThat(ReceiptService.reference(7, 3, at)).isEqualTo(ReceiptService.reference(7, 3,
                java.time.Instant.parse("2026-12-03T10:15:30.123456Z")));
        assertThat(ReceiptService.reference(7, 3, at)).isNotEqualTo(ReceiptService.reference(7, 4, at))
                .isNotEqualTo(ReceiptService.reference(7, 3, at.plusSeconds(1)));
    }

    private Translator nb() {
        return Translator.of(Locale.of("nb"), (l, key, args) -> i18n.getTranslation(key, l, args));
    }
}

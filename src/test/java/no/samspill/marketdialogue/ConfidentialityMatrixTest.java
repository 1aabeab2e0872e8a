package no.samspill.marketdialogue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import no.samspill.platform.i18n.ForbiddenException;
import no.samspill.platform.i18n.NotFoundException;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every dialogue operation, on a closed dialogue to which only Medtronic is invited. Allowed
 * pairs must work; every other pair must be refused (forbidden or not found), never answered.
 */
@SamspillSpringTest
class ConfidentialityMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> BUYER_OPS = Set.of("get", "questionnaire", "matrix", "ledger", "invited",
            "extendDeadline", "supplierOptions", "inbox", "meetingsBuyer", "attachmentsBuyer", "exportMatrix");
    private static final Set<String> SUPPLIER_OPS = Set.of("open", "saveAnswer", "listed", "publishedQa",
            "meetingsSupplier", "attachmentsSupplier");

    @Autowired
    DialogueFixture fixture;
    @Autowired
    DialogueService dialogues;
    @Autowired
    ResponseService responses;
    @Autowired
    ClarificationService clarifications;
    @Autowired
    MeetingService meetings;
    @Autowired
    DialogueFileService files;
    @Autowired
    DialogueExportService exports;
    @Autowired
    TestUsers users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void each_role_gets_exactly_its_allowed_operations_on_a_closed_dialogue() {
        DialogueFixture.Built d = fixture.published("Fortrolig dialog", "Medtronic");
        AtomicInteger days = new AtomicInteger(20);
        Map<String, Runnable> ops = new LinkedHashMap<>();
        ops.put("get", () -> dialogues.get(d.dialogueId()));
        ops.put("questionnaire", () -> dialogues.questionnaire(d.dialogueId()));
        ops.put("matrix", () -> dialogues.matrix(d.dialogueId()));
        ops.put("ledger", () -> dialogues.ledger(d.dialogueId()));
        ops.put("invited", () -> dialogues.invited(d.dialogueId()));
        ops.put("extendDeadline", () -> dialogues.extendDeadline(d.dialogueId(), dialogues.get(d.dialogueId()).version(),
                LocalDateTime.now().plusDays(days.incrementAndGet())));
        ops.put("open", () -> responses.open(d.dialogueId()));
        ops.put("saveAnswer", () -> {
            AnswerValue current = responses.open(d.dialogueId()).answers().get(d.freeText());
            responses.saveAnswer(d.dialogueId(), d.freeText(), current == null ? null : current.version(),
                    AnswerInput.text("Svar"));
        });
        ops.put("supplierOptions", () -> dialogues.supplierOptions("", 0, 50));
        ops.put("inbox", () -> clarifications.inbox(d.dialogueId()));
        ops.put("meetingsBuyer", () -> meetings.forBuyer(d.dialogueId()));
        ops.put("attachmentsBuyer", () -> files.attachmentsForBuyer(d.dialogueId()));
        ops.put("exportMatrix", () -> {
            try {
                exports.matrixXlsx(d.dialogueId(), no.samspill.platform.i18n.Translator.of(java.util.Locale.ENGLISH,
                        (l, k, args) -> k)).writeTo(new java.io.ByteArrayOutputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ops.put("publishedQa", () -> clarifications.published(d.dialogueId()));
        ops.put("meetingsSupplier", () -> meetings.forSupplier(d.dialogueId()));
        ops.put("attachmentsSupplier", () -> files.attachmentsForSupplier(d.dialogueId()));
        ops.put("listed", () -> {
            if (responses.myDialogues().stream().noneMatch(r -> r.dialogueId() == d.dialogueId())) {
                throw new NotFoundException();
            }
        });

        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put(TestUsers.HSO_LEAD, BUYER_OPS);
        allowed.put(TestUsers.HSO_ADMIN, BUYER_OPS);
        allowed.put(TestUsers.HSO_MEMBER, Set.of());
        // other buyers may list the supplier directory (a buyer-wide fact), but nothing of this dialogue
        allowed.put(TestUsers.SKI_ADMIN, Set.of("supplierOptions"));
        allowed.put(TestUsers.RM_ADMIN, Set.of("supplierOptions"));
        allowed.put(TestUsers.MEDTRONIC_USER, SUPPLIER_OPS);
        allowed.put(TestUsers.MEDTRONIC_ADMIN, SUPPLIER_OPS);
        allowed.put(TestUsers.GE_USER, Set.of());
        allowed.put(TestUsers.PLATFORM_ADMIN, Set.of());
        allowed.put(ANONYMOUS, Set.of());

        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        for (Map.Entry<String, Set<String>> role : allowed.entrySet()) {
            for (Map.Entry<String, Runnable> op : ops.entrySet()) {
                pairs++;
                if (role.getKey().equals(ANONYMOUS)) {
                    TestUsers.logout();
                } else {
                    users.login(role.getKey());
                }
                boolean expected = role.getValue().contains(op.getKey());
                String outcome;
                try {
                    op.getValue().run();
                    outcome = "allowed";
                } catch (ForbiddenException | NotFoundException e) {
                    outcome = "denied";
                }
                if (!outcome.equals(expected ? "allowed" : "denied")) {
                    wrong.add(role.getKey() + " × " + op.getKey() + ": " + outcome);
                }
            }
        }
        assertThat(pairs).isEqualTo(10 * 17);
        assertThat(wrong).isEmpty();
    }

    @Test
    void an_invited_supplier_never_sees_another_suppliers_answers_or_who_else_takes_part() {
        DialogueFixture.Built d = fixture.published("To leverandører", "Medtronic", "GE Healthcare");
        users.login(TestUsers.MEDTRONIC_USER);
        responses.open(d.dialogueId());
        responses.saveAnswer(d.dialogueId(), d.freeText(), null, AnswerInput.text("Medtronic sin hemmelighet"));
        responses.submit(d.dialogueId());

        users.login(TestUsers.GE_USER);
        ResponseForm form = responses.open(d.dialogueId());
        assertThat(form.answers()).isEmpty();
        assertThat(form.toString()).doesNotContain("Medtronic");
        assertThat(responses.myDialogues()).filteredOn(r -> r.dialogueId() == d.dialogueId()).singleElement()
                .satisfies(r -> assertThat(r.toString()).doesNotContain("Medtronic"));
        assertThat(responses.open(d.dialogueId()).status()).isEqualTo(ParticipantStatus.OPENED);
    }

    @Test
    void an_open_dialogue_admits_any_supplier_who_joins_and_the_buyer_learns_of_it() {
        DialogueFixture.Built d = fixture.published("Åpen dialog");
        users.login(TestUsers.GE_USER);
        assertThat(responses.myDialogues()).anyMatch(r -> r.dialogueId() == d.dialogueId()
                && r.accessMode() == AccessMode.OPEN && r.status() == null);
        responses.open(d.dialogueId());
        users.login(TestUsers.HSO_LEAD);
        assertThat(dialogues.ledger(d.dialogueId())).anyMatch(r -> r.kind() == LedgerKind.SUPPLIER_JOINED
                && "GE Healthcare".equals(r.supplierName()) && !r.sharedWithAll());
        assertThat(dialogues.matrix(d.dialogueId()).columns()).extracting(ResponseColumn::supplierName)
                .containsExactly("GE Healthcare");
    }
}

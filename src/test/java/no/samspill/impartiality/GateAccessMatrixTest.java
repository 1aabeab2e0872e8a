package no.samspill.impartiality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.marketdialogue.ClarificationService;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.ResponseService;
import no.samspill.marketdialogue.ResponseColumn;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.DeclarationRequiredException.Reason;
import no.samspill.referencegroup.ReviewDocumentService;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The gate against every service that serves a project's confidential material: declared × undeclared ×
 * disqualified, each operation tried. An undeclared or disqualified person gets the gate's refusal from every one; a
 * declared person reads; a supplier is not gated; a project without a register is not gated.
 */
@SamspillSpringTest
class GateAccessMatrixTest {

    @Autowired
    ImpartialityFixture fixture;
    @Autowired
    DialogueService dialogues;
    @Autowired
    ClarificationService clarifications;
    @Autowired
    ResponseService responses;
    @Autowired
    ReviewDocumentService documents;
    @Autowired
    RegisterService registers;
    @Autowired
    GateOperations operations;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private Map<String, Runnable> dialogueOperations(ImpartialityFixture.World w) {
        return operations.dialogue(w);
    }

    private Map<String, Runnable> reviewOperations(ImpartialityFixture.World w) {
        return operations.review(w);
    }

    private static void allRefused(String who, Map<String, Runnable> ops, Reason reason) {
        GateOperations.allRefused(who, ops, reason);
    }

    private static void noneGated(String who, Map<String, Runnable> ops) {
        GateOperations.noneGated(who, ops);
    }

    @Test
    void an_undeclared_buyer_meets_the_gate_in_every_dialogue_service_and_gets_in_once_declared() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.HSO_LEAD, () -> allRefused("undeclared lead", dialogueOperations(w), Reason.MISSING));
        fixture.as(TestUsers.HSO_ADMIN, () -> allRefused("undeclared admin", dialogueOperations(w), Reason.MISSING));
        fixture.as(TestUsers.HSO_LEAD, () -> {
            fixture.sign(w.projectId(), List.of());
            noneGated("declared lead", dialogueOperations(w));
            assertThat(dialogues.matrix(w.dialogueId()).columns()).hasSize(2);
        });
        // the admin is still undeclared: one person's declaration opens nothing for another
        fixture.as(TestUsers.HSO_ADMIN, () -> allRefused("undeclared admin", dialogueOperations(w), Reason.MISSING));
    }

    @Test
    void an_undeclared_member_meets_the_gate_in_every_review_service_a_declared_one_reads() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(ImpartialityFixture.MARIT, () -> allRefused("undeclared member", reviewOperations(w),
                Reason.MISSING));
        fixture.as(ImpartialityFixture.KARI, () -> {
            fixture.sign(w.projectId(), List.of());
            noneGated("declared member", reviewOperations(w));
            assertThat(documents.page(w.documentId(), 0).sections()).isNotEmpty();
        });
    }

    @Test
    void a_disqualified_person_is_refused_everywhere_and_leaves_the_projects_groups() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.HSO_LEAD, () -> fixture.sign(w.projectId(), List.of()));
        fixture.as(ImpartialityFixture.JONAS, () -> fixture.signWithTie(w.projectId(), w.medtronic()));
        fixture.as(TestUsers.HSO_ADMIN, () -> fixture.signWithTie(w.projectId(), w.ge()));
        fixture.as(TestUsers.HSO_LEAD, () -> {
            for (RegisterRow r : registers.register(w.projectId()).rows()) {
                if (r.status() == DeclarationStatus.TIE_DECLARED) {
                    registers.decide(r.declarationId(), r.declarationVersion(), Decision.DISQUALIFIED,
                            "Nær tilknytning til leverandøren.", Set.of());
                }
            }
        });
        fixture.as(ImpartialityFixture.JONAS, () -> reviewOperations(w).forEach((name, op) ->
                assertThat(catchThrowable(op::run)).as("disqualified member: " + name)
                        .isInstanceOf(no.samspill.platform.i18n.SamspillException.class)));
        fixture.as(TestUsers.HSO_ADMIN, () -> allRefused("disqualified admin", dialogueOperations(w),
                Reason.DISQUALIFIED));
        // signing again cannot lift a disqualification
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            fixture.sign(w.projectId(), List.of());
            allRefused("disqualified admin after signing again", dialogueOperations(w), Reason.DISQUALIFIED);
        });
    }

    @Test
    void disqualified_for_one_supplier_hides_only_that_suppliers_material_and_an_undecided_tie_hides_it_until_then() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            fixture.signWithTie(w.projectId(), w.medtronic());
            assertThat(dialogues.matrix(w.dialogueId()).columns()).extracting(ResponseColumn::supplierName)
                    .containsExactly("GE Healthcare");
            assertThat(clarifications.inbox(w.dialogueId())).as("Medtronic asked it").isEmpty();
        });
        fixture.as(TestUsers.HSO_LEAD, () -> {
            RegisterRow admin = registers.register(w.projectId()).rows().stream()
                    .filter(r -> r.status() == DeclarationStatus.TIE_DECLARED).findFirst().orElseThrow();
            registers.decide(admin.declarationId(), admin.declarationVersion(),
                    Decision.DISQUALIFIED_FOR_SUPPLIERS, "Tidligere ansatt hos Medtronic.", Set.of(w.medtronic()));
        });
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            assertThat(dialogues.matrix(w.dialogueId()).columns()).extracting(ResponseColumn::supplierName)
                    .containsExactly("GE Healthcare");
            assertThat(clarifications.inbox(w.dialogueId())).isEmpty();
        });
    }

    @Test
    void a_new_supplier_makes_every_signed_declaration_incomplete_until_it_is_answered_for() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.HSO_LEAD, () -> {
            fixture.sign(w.projectId(), List.of());
            dialogues.invite(w.dialogueId(), Set.of(fixture.supplier("Siemens Healthineers")));
            assertThatThrownBy(() -> dialogues.matrix(w.dialogueId()))
                    .isInstanceOfSatisfying(DeclarationRequiredException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE));
            assertThat(registers.register(w.projectId()).rows()).filteredOn(r -> r.name().contains("Lars"))
                    .extracting(RegisterRow::status).containsOnly(DeclarationStatus.INCOMPLETE);
            fixture.sign(w.projectId(), List.of());
            assertThat(dialogues.matrix(w.dialogueId()).columns()).hasSize(3);
        });
    }

    @Test
    void suppliers_are_not_gated_and_a_project_without_a_register_is_open() {
        ImpartialityFixture.World w = fixture.world(true);
        fixture.as(TestUsers.MEDTRONIC_USER, () -> assertThat(responses.open(w.dialogueId())).isNotNull());
        ImpartialityFixture.World open = fixture.world(false);
        fixture.as(TestUsers.HSO_ADMIN, () -> noneGated("admin, no register", dialogueOperations(open)));
        fixture.as(ImpartialityFixture.MARIT, () -> noneGated("member, no register", reviewOperations(open)));
    }
}

package no.samspill.impartiality;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import no.samspill.marketdialogue.DialogueService;
import no.samspill.marketdialogue.LedgerRow;
import no.samspill.platform.i18n.SamspillException;
import no.samspill.platform.security.DeclarationRequiredException;
import no.samspill.platform.security.DeclarationRequiredException.Reason;
import no.samspill.referencegroup.GroupPageService;
import no.samspill.steeringgroup.CasePaperService;
import no.samspill.steeringgroup.MeetingDetails;
import no.samspill.steeringgroup.PaperSummary;
import no.samspill.steeringgroup.SteeringMeetingService;
import no.samspill.support.SamspillSpringTest;
import no.samspill.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * declared × undeclared × disqualified against every gated operation ({@link GateOperations}): the dialogue
 * (matrix, questions, meetings, files, ledger, the buyer's attachments), documents under review, the reference
 * group's minutes, the project's case papers and the steering packages that hold them. Pages that show several
 * projects (a steering agenda, a group page) leave out only what the person may not see.
 */
@SamspillSpringTest
class GatedOperationsMatrixTest {

    @Autowired
    ImpartialityFixture fixture;
    @Autowired
    GateOperations operations;
    @Autowired
    RegisterService registers;
    @Autowired
    SteeringMeetingService steeringMeetings;
    @Autowired
    CasePaperService papers;
    @Autowired
    GroupPageService groupPages;
    @Autowired
    DialogueService dialogues;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    no.samspill.platform.security.ImpartialityGate gate;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private ImpartialityFixture.World world(AtomicReference<ImpartialityFixture.Papers> papersMade) {
        return fixture.world(true, papersMade::set);
    }

    /** The buyer's leads and admins: dialogue, group minutes (written too), case papers and packages. */
    private Map<String, Runnable> buyerSide(ImpartialityFixture.World w, ImpartialityFixture.Papers p) {
        Map<String, Runnable> ops = new java.util.LinkedHashMap<>(operations.dialogue(w));
        ops.putAll(operations.minutesWritten(w, p));
        ops.putAll(operations.papers(p));
        return ops;
    }

    /** The members of the project's reference group: documents under review and the group's minutes. */
    private Map<String, Runnable> memberSide(ImpartialityFixture.World w, ImpartialityFixture.Papers p) {
        Map<String, Runnable> ops = new java.util.LinkedHashMap<>(operations.review(w));
        ops.putAll(operations.minutes(w, p));
        return ops;
    }

    private static void allRefused(String who, Map<String, Runnable> ops, Reason reason) {
        GateOperations.allRefused(who, ops, reason);
    }

    private static void noneGated(String who, Map<String, Runnable> ops) {
        GateOperations.noneGated(who, ops);
    }

    @Test
    void undeclared_people_meet_the_gate_in_every_operation_and_declared_ones_pass_it() {
        AtomicReference<ImpartialityFixture.Papers> made = new AtomicReference<>();
        ImpartialityFixture.World w = world(made);
        ImpartialityFixture.Papers p = made.get();
        fixture.as(TestUsers.HSO_ADMIN, () -> allRefused("undeclared admin", buyerSide(w, p), Reason.MISSING));
        fixture.as(ImpartialityFixture.MARIT, () -> allRefused("undeclared member", memberSide(w, p),
                Reason.MISSING));
        fixture.as(TestUsers.HSO_LEAD, () -> {
            fixture.sign(w.projectId(), java.util.List.of());
            noneGated("declared lead", buyerSide(w, p));
            assertThat(papers.view(p.paperId()).content().title()).isEqualTo("Godkjenning av behovsanalyse");
        });
        fixture.as(ImpartialityFixture.KARI, () -> {
            fixture.sign(w.projectId(), java.util.List.of());
            noneGated("declared member", memberSide(w, p));
        });
        // one person's declaration opens nothing for another
        fixture.as(TestUsers.HSO_ADMIN, () -> allRefused("still undeclared admin", buyerSide(w, p),
                Reason.MISSING));
    }

    @Test
    void a_disqualified_person_is_refused_in_every_operation_and_signing_again_does_not_lift_it() {
        AtomicReference<ImpartialityFixture.Papers> made = new AtomicReference<>();
        ImpartialityFixture.World w = world(made);
        ImpartialityFixture.Papers p = made.get();
        fixture.as(TestUsers.HSO_LEAD, () -> fixture.sign(w.projectId(), java.util.List.of()));
        fixture.as(TestUsers.HSO_ADMIN, () -> fixture.signWithTie(w.projectId(), w.ge()));
        fixture.as(ImpartialityFixture.JONAS, () -> fixture.signWithTie(w.projectId(), w.medtronic()));
        fixture.as(TestUsers.HSO_LEAD, () -> registers.register(w.projectId()).rows().stream()
                .filter(r -> r.status() == DeclarationStatus.TIE_DECLARED).forEach(r -> registers.decide(
                        r.declarationId(), r.declarationVersion(), Decision.DISQUALIFIED, "Nær tilknytning.",
                        Set.of())));
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            allRefused("disqualified admin", buyerSide(w, p), Reason.DISQUALIFIED);
            fixture.sign(w.projectId(), java.util.List.of());
            allRefused("disqualified admin, signed again", buyerSide(w, p), Reason.DISQUALIFIED);
        });
        // a steering group that oversees only this project loses the disqualified member; its secretary stays
        assertThat(jdbc.queryForList("select u.email from steering_member m join user_account u on u.id = m.user_id"
                + " where m.group_id = ? and m.left_on is null", String.class, p.steeringGroupId()))
                .containsExactly(TestUsers.HSO_LEAD);
        // the member also left the project's group: refused, by the gate or as a former member who never wrote
        fixture.as(ImpartialityFixture.JONAS, () -> memberSide(w, p).forEach((name, op) ->
                assertThat(catchThrowable(op::run)).as("disqualified member: " + name)
                        .isInstanceOf(SamspillException.class)));
    }

    @Test
    void a_steering_agenda_leaves_out_the_papers_of_a_project_the_reader_has_not_declared_for_and_says_so() {
        AtomicReference<ImpartialityFixture.Papers> made = new AtomicReference<>();
        ImpartialityFixture.World w = world(made);
        ImpartialityFixture.Papers p = made.get();
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            MeetingDetails m = steeringMeetings.details(p.meetingId());
            assertThat(m.agenda()).filteredOn(PaperSummary::gated).singleElement().satisfies(gated -> {
                assertThat(gated.id()).isEqualTo(p.paperId());
                assertThat(gated.title()).isNull();
                assertThat(gated.projectReference()).startsWith("IMP-");
            });
            assertThat(m.agenda()).filteredOn(s -> s.id() == p.openPaperId()).singleElement()
                    .satisfies(open -> assertThat(open.title()).isEqualTo("Budsjett for porteføljekontoret"));
            assertThat(m.shut()).singleElement().satisfies(s -> {
                assertThat(s.refusal().projectId()).isEqualTo(w.projectId());
                assertThat(s.refusal().link()).isEqualTo(ImpartialityRoutes.declaration(w.projectId()));
            });
            assertThat(papers.papers(p.steeringGroupId())).filteredOn(PaperSummary::gated)
                    .extracting(PaperSummary::id).containsExactly(p.paperId());
        });
        fixture.as(TestUsers.HSO_LEAD, () -> {
            fixture.sign(w.projectId(), java.util.List.of());
            MeetingDetails m = steeringMeetings.details(p.meetingId());
            assertThat(m.shut()).isEmpty();
            assertThat(m.agenda()).noneMatch(PaperSummary::gated).extracting(PaperSummary::title)
                    .containsExactly("Godkjenning av behovsanalyse", "Budsjett for porteføljekontoret");
        });
    }

    @Test
    void the_agenda_picker_leaves_out_in_its_query_the_papers_of_a_project_the_secretary_has_not_declared_for() {
        AtomicReference<ImpartialityFixture.Papers> made = new AtomicReference<>();
        ImpartialityFixture.World w = world(made);
        ImpartialityFixture.Papers p = made.get();
        fixture.as(TestUsers.HSO_LEAD, () -> {
            MeetingDetails next = steeringMeetings.plan(p.steeringGroupId(), java.time.Instant.now()
                    .plus(java.time.Duration.ofDays(7)), "Teams");
            assertThat(steeringMeetings.agendaOptions(next.id(), "", 0, 10)).extracting(PaperSummary::id)
                    .containsExactly(p.openPaperId());
            assertThat(steeringMeetings.countAgendaOptions(next.id(), "")).isEqualTo(1);
            // by its title neither
            assertThat(steeringMeetings.agendaOptions(next.id(), "behovsanalyse", 0, 10)).isEmpty();
            fixture.sign(w.projectId(), java.util.List.of());
            assertThat(steeringMeetings.agendaOptions(next.id(), "", 0, 10)).extracting(PaperSummary::id)
                    .containsExactlyInAnyOrder(p.paperId(), p.openPaperId());
            assertThat(steeringMeetings.countAgendaOptions(next.id(), "")).isEqualTo(2);
        });
    }

    @Test
    void the_group_page_opens_without_its_minutes_and_the_ledger_hides_a_tied_suppliers_contacts() {
        AtomicReference<ImpartialityFixture.Papers> made = new AtomicReference<>();
        ImpartialityFixture.World w = world(made);
        fixture.as(ImpartialityFixture.MARIT, () -> {
            var page = groupPages.page(w.groupId());
            assertThat(page.details().id()).isEqualTo(w.groupId());
            assertThat(page.meetings()).isEmpty();
            assertThat(page.meetingsRefused()).isNotNull()
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
        });
        fixture.as(ImpartialityFixture.KARI, () -> {
            fixture.sign(w.projectId(), java.util.List.of());
            var page = groupPages.page(w.groupId());
            assertThat(page.meetingsRefused()).isNull();
            assertThat(page.meetings()).extracting(m -> m.minutes()).containsExactly("Gruppen drøftet behovet.");
        });
        fixture.as(TestUsers.HSO_ADMIN, () -> {
            fixture.signWithTie(w.projectId(), w.medtronic());
            assertThat(dialogues.ledger(w.dialogueId())).extracting(LedgerRow::supplierName)
                    .doesNotContain("Medtronic").contains("GE Healthcare");
        });
        fixture.as(TestUsers.HSO_LEAD, () -> {
            fixture.sign(w.projectId(), java.util.List.of());
            assertThat(dialogues.ledger(w.dialogueId())).extracting(LedgerRow::supplierName)
                    .contains("Medtronic", "GE Healthcare");
        });
    }

    @Test
    void an_external_participant_named_on_the_project_must_declare_before_the_gate_opens_for_them() {
        ImpartialityFixture.World w = fixture.world(true);
        String consultant = "klinikker.sshf@helse-sorost.demo";
        fixture.as(TestUsers.HSO_LEAD, () -> {
            long userId = registers.candidates(w.projectId(), "sshf", 0, 10).getFirst().userId();
            RegisterRow row = registers.addDeclarant(w.projectId(), userId, true).rows().stream()
                    .filter(r -> r.userId() == userId).findFirst().orElseThrow();
            assertThat(row.roles()).extracting(RosterEntry::labelKey).containsExactly(RosterEntry.EXTERNAL);
            assertThat(row.status()).isEqualTo(DeclarationStatus.MISSING);
        });
        fixture.as(consultant, () -> {
            assertThat(gate.refusal(w.projectId())).get().extracting(DeclarationRequiredException::reason)
                    .isEqualTo(Reason.MISSING);
            fixture.sign(w.projectId(), java.util.List.of());
            assertThat(gate.refusal(w.projectId())).isEmpty();
        });
    }
}
